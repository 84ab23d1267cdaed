package se.sif.organisation;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.sif.identity.Accounts;
import se.sif.identity.Permissions;
import se.sif.identity.Users;
import se.sif.organisation.OrganisationForms.InvitationForm;
import se.sif.organisation.OrganisationForms.OrganisationForm;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.NotFoundException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

/**
 * The organisation register (officers, administrators) and each organisation's page with
 * its users, where officers and the organisation's own administrator invite and
 * deactivate them.
 */
@Controller
class OrganisationController {

    private final Organisations organisations;

    private final Accounts accounts;

    private final Users users;

    private final Permissions permissions;

    private final Flash flash;

    OrganisationController(Organisations organisations, Accounts accounts, Users users, Permissions permissions,
            Flash flash) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.users = users;
        this.permissions = permissions;
        this.flash = flash;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) Organisation.@Nullable Kind kind, ListQuery query, Model model) {
        Organisations.Filter filter = new Organisations.Filter(text, kind);
        ListPage<OrganisationDetails> page = organisations.list(filter, query);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("organisations", page.items());
        model.addAttribute("kinds", Organisation.Kind.values());
        return "organisation/list";
    }

    /** An applicant's own organisation, from the menu. */
    @GetMapping("/organisations/mine")
    String mine() {
        Long own = users.current().organisationId();
        if (own == null) {
            throw new NotFoundException("organisation", "mine");
        }
        return "redirect:/organisations/" + own;
    }

    @GetMapping("/organisations/new")
    String newOrganisation(Model model) {
        requireMay("create");
        model.addAttribute("organisationForm", OrganisationForm.BLANK);
        model.addAttribute("kinds", Organisation.Kind.values());
        return "organisation/new";
    }

    @PostMapping("/organisations")
    String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireMay("create");
        if (!result.hasErrors()) {
            try {
                long id = organisations.create(form.input());
                flash.add(redirect, "organisation.created");
                return "redirect:/organisations/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("kinds", Organisation.Kind.values());
        return "organisation/new";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("invitationForm", InvitationForm.BLANK);
        return showPage(id, model);
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        requireMay("update");
        OrganisationDetails organisation = organisations.details(id);
        model.addAttribute("organisationForm", OrganisationForm.of(organisation));
        return editPage(organisation, model);
    }

    @PostMapping("/organisations/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireMay("update");
        OrganisationDetails organisation = organisations.details(id);
        if (!result.hasErrors()) {
            try {
                organisations.update(id, form.version(), form.input());
                flash.add(redirect, "organisation.saved");
                return "redirect:/organisations/" + id;
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return editPage(organisation, model);
    }

    /**
     * Invites someone and shows the inviter the link to pass on (until invitations are
     * mailed, {@code InvitationCreated}).
     */
    @PostMapping("/organisations/{id}/invitations")
    String invite(@PathVariable long id, @Valid @ModelAttribute("invitationForm") InvitationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        organisations.details(id);
        if (!result.hasErrors()) {
            try {
                Accounts.IssuedInvitation issued = accounts.invite(id, form.invitation());
                flash.add(redirect, "organisation.invited", issued.invitation().email());
                redirect.addFlashAttribute("invitationLink", link(issued.acceptPath()));
                return "redirect:/organisations/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return showPage(id, model);
    }

    @PostMapping("/organisations/{id}/users/{userId}/deactivation")
    String deactivate(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        organisations.details(id);
        flash.attempt(redirect, "organisation.deactivated", () -> accounts.deactivate(id, userId));
        return "redirect:/organisations/" + id;
    }

    private String showPage(long id, Model model) {
        OrganisationDetails organisation = organisations.details(id);
        boolean mayManage = accounts.mayManage(id);
        model.addAttribute("organisation", organisation);
        List<se.sif.identity.Account> members = accounts.members(id);
        model.addAttribute("members", members);
        model.addAttribute("deactivatable", accounts.deactivatable(id, members));
        model.addAttribute("invitations", accounts.openInvitations(id));
        model.addAttribute("mayEdit", permissions.allows(organisations, "update"));
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("roles", mayManage ? accounts.grantableRoles(id) : List.of());
        model.addAttribute("mayGrantAdmin", mayManage && accounts.mayGrantOrganisationAdmin());
        model.addAttribute("validDays", Accounts.VALID_FOR.toDays());
        return "organisation/show";
    }

    private String editPage(OrganisationDetails organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", Organisation.Kind.values());
        return "organisation/edit";
    }

    private static String link(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    /** The forms are offered to whoever the service's own rule lets act. */
    private void requireMay(String method) {
        if (!permissions.allows(organisations, method)) {
            throw new AccessDeniedException("may not " + method + " an organisation");
        }
    }

}
