// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add('js-enabled');
document.body && document.body.classList.add('js-enabled', 'govuk-frontend-supported');

// The menu folds behind its toggle on narrow screens; without this script every item stays visible.
function sifMenu() {
  var toggle = document.querySelector('.sif-js-menu-toggle');
  var list = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
  if (!list) { return; }
  var wide = window.matchMedia('(min-width: 40.0625em)');
  function sync() {
    if (wide.matches) {
      toggle.hidden = true;
      list.hidden = false;
      toggle.removeAttribute('aria-expanded');
    } else {
      toggle.hidden = false;
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      list.hidden = !open;
    }
  }
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    list.hidden = !open;
  });
  if (wide.addEventListener) { wide.addEventListener('change', sync); }
  sync();
}

document.addEventListener('DOMContentLoaded', function () {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  sifMenu();
  var summary = document.querySelector('.govuk-error-summary');
  if (summary) { summary.focus(); }
});

// Autosave (htmx) of an application's section. Saves are queued (hx-sync), each sending the version the last one
// handed back; "Save and continue" pressed while one is under way waits for it, so the applicant's own autosave is
// never taken for someone else's edit.
function sifAutosaveForm(event) {
  var form = event.detail && event.detail.elt;
  return form && form.hasAttribute && form.hasAttribute('data-autosave') ? form : null;
}
document.addEventListener('htmx:beforeRequest', function (event) {
  var form = sifAutosaveForm(event);
  if (form) { form.dataset.saving = String((Number(form.dataset.saving) || 0) + 1); }
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.hasAttribute && form.hasAttribute('data-autosave') && Number(form.dataset.saving) > 0) {
    event.preventDefault();
    form.dataset.submitWaiting = 'true';
  }
}, true);
// A save that lands on the sign-in page means the session ended; say so beside the form, where the typed text is.
document.addEventListener('htmx:afterRequest', function (event) {
  var form = sifAutosaveForm(event);
  if (!form) { return; }
  form.dataset.saving = String(Math.max(0, (Number(form.dataset.saving) || 0) - 1));
  if (form.dataset.submitWaiting) {
    // a queued save starts right after this one ends: look again once it has
    setTimeout(function () {
      if (form.dataset.submitWaiting && form.dataset.saving === '0') {
        delete form.dataset.submitWaiting;
        form.submit();
      }
    }, 0);
    return;
  }
  var xhr = event.detail.xhr;
  var signedOut = xhr && xhr.responseURL && xhr.responseURL.indexOf('/login') !== -1;
  if (signedOut || (xhr && xhr.status === 401)) {
    var status = document.getElementById('autosave-status');
    if (status) { status.textContent = form.getAttribute('data-expired'); }
  }
});
