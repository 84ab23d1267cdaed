package se.sif.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.sif.identity.Account;
import se.sif.identity.Accounts;
import se.sif.identity.Role;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.web.Created;
import se.sif.shared.web.Page;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The organisation register and each organisation's users")
class OrganisationApiController {

    private final Organisations organisations;

    private final Accounts accounts;

    OrganisationApiController(Organisations organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Organisations by name, paged; optionally of one principal type, or matching words in "
            + "name, number or town (officers, administrators)")
    Page<OrganisationDetails> list(@RequestParam(required = false) Organisation.@Nullable Kind kind,
            @RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Page.DEFAULT_SIZE) int size) {
        // the envelope's own check of page and size, before the query
        Page.of(List.of(), page, size);
        ListPage<OrganisationDetails> found = organisations.list(new Organisations.Filter(text, kind),
                new ListQuery(page + 1, size, "name", "asc"));
        return new Page<>(found.items(), page, size, found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation (officers, administrators, and its own applicants)")
    OrganisationDetails one(@PathVariable long id) {
        return organisations.details(id);
    }

    /**
     * {@code orgNumber} is read as typed (NNNNNN-NNNN or ten digits) and stored with the
     * hyphen; {@code postcode} as NNN NN.
     */
    record OrganisationRequest(String name, String orgNumber, Organisation.Kind kind, String street, String postcode,
            String town) {

        Organisations.Input input() {
            return new Organisations.Input(name, orgNumber, kind, street, postcode, town);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Created("/api/v1/organisations/{body.id}")
    @Operation(summary = "Register an organisation (officers, administrators); 422 names each refused field")
    OrganisationDetails create(@Valid @RequestBody OrganisationRequest request) {
        return organisations.details(organisations.create(request.input()));
    }

    /**
     * {@code version} is the version the caller read; a newer one on the server means
     * someone else saved.
     */
    record UpdateRequest(@NotNull Long version, String name, String orgNumber, Organisation.Kind kind, String street,
            String postcode, String town) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an organisation (officers, administrators); 409 if someone else saved since the "
            + "given version")
    OrganisationDetails update(@PathVariable long id, @Valid @RequestBody UpdateRequest r) {
        organisations.update(id, r.version(),
                new Organisations.Input(r.name(), r.orgNumber(), r.kind(), r.street(), r.postcode(), r.town()));
        return organisations.details(id);
    }

    @GetMapping("/{id}/users")
    @Operation(summary = "The organisation's users, deactivated ones last, paged (officers, administrators, "
            + "and the organisation's own applicants)")
    Page<Account> users(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Page.DEFAULT_SIZE) int size) {
        organisations.details(id);
        return Page.of(accounts.members(id), page, size);
    }

    record InvitationRequest(String email, String name, Role role, @Nullable Boolean organisationAdmin) {
    }

    /**
     * A new invitation; {@code acceptUrl} is the link to pass on to the invitee, shown
     * only here.
     */
    record InvitationResponse(long id, long organisationId, String email, String name, Role role,
            boolean organisationAdmin, Instant expiresAt, String acceptUrl) {
    }

    @PostMapping("/{id}/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Created("/api/v1/organisations/{id}/users")
    @Operation(summary = "Invite a user (officers for any organisation; its own administrator invites applicants): "
            + "the user exists once the invitee has accepted through acceptUrl")
    InvitationResponse invite(@PathVariable long id, @Valid @RequestBody InvitationRequest r) {
        organisations.details(id);
        Accounts.IssuedInvitation issued = accounts.invite(id,
                new Accounts.NewInvitation(r.email(), r.name(), r.role(), Boolean.TRUE.equals(r.organisationAdmin())));
        var i = issued.invitation();
        return new InvitationResponse(i.id(), i.organisationId(), i.email(), i.name(), i.role(), i.organisationAdmin(),
                i.expiresAt(),
                ServletUriComponentsBuilder.fromCurrentContextPath().path(issued.acceptPath()).toUriString());
    }

    @PostMapping("/{id}/users/{userId}/deactivation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deactivate a user of the organisation (officers, administrators, its own administrator "
            + "for its applicants)")
    void deactivate(@PathVariable long id, @PathVariable long userId) {
        organisations.details(id);
        accounts.deactivate(id, userId);
    }

}
