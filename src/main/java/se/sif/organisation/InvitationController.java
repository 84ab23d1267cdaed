package se.sif.organisation;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.identity.Accounts;
import se.sif.identity.Invitation;
import se.sif.organisation.OrganisationForms.AcceptForm;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

/**
 * The page an invitation's link opens, without sign-in (the link's token is the
 * credential): the invitee chooses a name and a password and can then sign in.
 */
@Controller
class InvitationController {

    private final Accounts accounts;

    private final Organisations organisations;

    private final Flash flash;

    private final java.time.Clock clock;

    InvitationController(Accounts accounts, Organisations organisations, Flash flash, java.time.Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model) {
        Invitation invitation = accounts.byToken(token).orElseThrow(() -> new NotFoundException("invitation", "link"));
        model.addAttribute("acceptForm", AcceptForm.named(invitation.name()));
        return page(invitation, token, model);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("acceptForm") AcceptForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Invitation invitation = accounts.byToken(token).orElseThrow(() -> new NotFoundException("invitation", "link"));
        if (!result.hasErrors()) {
            try {
                String username = accounts.accept(token, form.displayName(), form.password());
                flash.add(redirect, "invitation.accepted", username);
                return "redirect:/login";
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(invitation, token, model);
    }

    private String page(Invitation invitation, String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("organisationName", organisations.get(invitation.organisationId()).name());
        model.addAttribute("open", invitation.isOpenAt(clock.instant()));
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD);
        return "organisation/invitation";
    }

}
