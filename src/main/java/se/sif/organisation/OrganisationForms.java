package se.sif.organisation;

import org.jspecify.annotations.Nullable;
import se.sif.identity.Accounts;
import se.sif.identity.Role;

/** The forms of the organisation pages, each with its fields in the order of the page. */
final class OrganisationForms {

    private OrganisationForms() {
    }

    /**
     * An organisation as typed: every value kept as text, so a number that fails its
     * check is shown again as it was typed. {@code version} is the one the page was read
     * at (0 for a new organisation).
     */
    record OrganisationForm(long version, @Nullable String name, @Nullable String orgNumber,
            Organisation.@Nullable Kind kind, @Nullable String street, @Nullable String postcode,
            @Nullable String town) {

        static final OrganisationForm BLANK = new OrganisationForm(0, null, null, null, null, null, null);

        static OrganisationForm of(OrganisationDetails o) {
            return new OrganisationForm(o.version(), o.name(), o.orgNumber(), o.kind(), o.street(), o.postcode(),
                    o.town());
        }

        Organisations.Input input() {
            return new Organisations.Input(name, orgNumber, kind, street, postcode, town);
        }

    }

    /** Whom to invite, with which role. */
    record InvitationForm(@Nullable String email, @Nullable String name, @Nullable Role role,
            @Nullable Boolean organisationAdmin) {

        static final InvitationForm BLANK = new InvitationForm(null, null, Role.APPLICANT, false);

        Accounts.NewInvitation invitation() {
            // the box is not on the page of an inviter who may not tick it
            return new Accounts.NewInvitation(email, name, role, Boolean.TRUE.equals(organisationAdmin));
        }

    }

    /** What the invitee chooses when accepting. */
    record AcceptForm(@Nullable String displayName, @Nullable String password) {

        static AcceptForm named(String name) {
            return new AcceptForm(name, null);
        }

    }

}
