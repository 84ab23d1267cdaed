// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add('js-enabled');
document.body && document.body.classList.add('js-enabled', 'govuk-frontend-supported');
document.addEventListener('DOMContentLoaded', function () {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  var summary = document.querySelector('.govuk-error-summary');
  if (summary) { summary.focus(); }
});
