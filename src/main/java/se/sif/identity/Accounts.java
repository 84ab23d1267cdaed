package se.sif.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * The users of an organisation: who may see them, invite more and deactivate them.
 * Officers and administrators manage every organisation's users; an organisation's own
 * administrator (an applicant with {@code organisation_admin}) manages the applicants of
 * that organisation only. Everyone else with a role finds another organisation's users
 * missing (404), as they find its applications.
 *
 * <p>
 * An invitation is a link with a random token, valid for {@link #VALID_FOR}, used once:
 * the invitee chooses a display name and a password and becomes a user with the role the
 * inviter chose; the username is the invited e-mail address. Whether the organisation
 * exists is the organisation module's to say, before it asks here.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

    /** How long an invitation link can be used. */
    public static final Duration VALID_FOR = Duration.ofDays(14);

    /** The shortest password a new user may choose. */
    public static final int MIN_PASSWORD = 12;

    static final int MAX_NAME = 100;

    private static final int MAX_PASSWORD = 200;

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /**
     * Officers grant every role but administrator; only an administrator makes another.
     */
    private static final Set<Role> OFFICER_GRANTS = EnumSet.complementOf(EnumSet.of(Role.ADMIN));

    private final AccountRepository repository;

    private final Users users;

    private final AuditTrail audit;

    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final SecureRandom random = new SecureRandom();

    Accounts(AccountRepository repository, Users users, AuditTrail audit, PasswordEncoder passwordEncoder, Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** What an inviter asks for. */
    public record NewInvitation(@Nullable String email, @Nullable String name, @Nullable Role role,
            boolean organisationAdmin) {
    }

    /**
     * A new invitation with the path of its link, {@code /invitations/<token>}: the only
     * time the token is known outside the invitee's link.
     */
    public record IssuedInvitation(Invitation invitation, String acceptPath) {
    }

    // --- who may
    // ------------------------------------------------------------------------------

    /**
     * Whether the signed-in user may see the organisation's users: an official who
     * manages accounts, or an applicant of that organisation.
     */
    public boolean mayRead(long organisationId) {
        CurrentUser me = users.current();
        return me.isAny(Role.OFFICER, Role.ADMIN) || ownOrganisation(me, organisationId);
    }

    /**
     * Whether the signed-in user may invite users to the organisation and deactivate
     * them: an officer, an administrator, or the organisation's own administrator.
     */
    public boolean mayManage(long organisationId) {
        CurrentUser me = users.current();
        return me.isAny(Role.OFFICER, Role.ADMIN) || organisationAdmin(me, organisationId);
    }

    /** The roles the signed-in user may give someone they invite to the organisation. */
    public List<Role> grantableRoles(long organisationId) {
        CurrentUser me = users.current();
        if (me.is(Role.ADMIN)) {
            return List.of(Role.values());
        }
        if (me.is(Role.OFFICER)) {
            return OFFICER_GRANTS.stream().toList();
        }
        return organisationAdmin(me, organisationId) ? List.of(Role.APPLICANT) : List.of();
    }

    /**
     * Whether the signed-in user may make an invitee the organisation's administrator.
     */
    public boolean mayGrantOrganisationAdmin() {
        return users.current().isAny(Role.OFFICER, Role.ADMIN);
    }

    // --- reading
    // ------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'APPLICANT')")
    public List<Account> members(long organisationId) {
        requireRead(organisationId);
        return repository.ofOrganisation(organisationId);
    }

    /** The invitations not yet used nor expired, for the inviters to follow. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'APPLICANT')")
    public List<Invitation> openInvitations(long organisationId) {
        requireRead(organisationId);
        if (!mayManage(organisationId)) {
            return List.of();
        }
        return repository.openInvitations(organisationId, clock.instant());
    }

    /**
     * The invitation a link names, for its page (no sign-in: the token is the
     * credential); empty for a token nobody issued.
     */
    public Optional<Invitation> byToken(String token) {
        return repository.invitationByTokenHash(hash(token));
    }

    // --- changing
    // -----------------------------------------------------------------------------

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'APPLICANT')")
    public IssuedInvitation invite(long organisationId, NewInvitation asked) {
        CurrentUser me = users.current();
        requireRead(organisationId);
        if (!mayManage(organisationId)) {
            throw new AccessDeniedException("only the organisation's administrator invites its users");
        }
        String email = asked.email() == null ? "" : asked.email().strip().toLowerCase(Locale.ROOT);
        String name = asked.name() == null ? "" : asked.name().strip();
        DomainException.Violations violations = new DomainException.Violations();
        if (email.isEmpty()) {
            violations.add("email", "identity.error.emailRequired");
        }
        else if (!email.matches(EMAIL) || email.length() > 254) {
            violations.add("email", "identity.error.emailFormat");
        }
        else if (repository.usernameTaken(email)) {
            violations.add("email", "identity.error.emailTaken");
        }
        if (name.isEmpty()) {
            violations.add("name", "identity.error.nameRequired");
        }
        else if (name.length() > MAX_NAME) {
            violations.add("name", "identity.error.nameLength", MAX_NAME);
        }
        Role role = asked.role();
        if (role == null) {
            violations.add("role", "identity.error.roleRequired");
        }
        else if (!grantableRoles(organisationId).contains(role)) {
            violations.add("role", "identity.error.roleNotGrantable");
        }
        if (asked.organisationAdmin() && !mayGrantOrganisationAdmin()) {
            violations.add("organisationAdmin", "identity.error.adminNotGrantable");
        }
        else if (asked.organisationAdmin() && role != null && role != Role.APPLICANT) {
            violations.add("organisationAdmin", "identity.error.adminOnlyApplicants");
        }
        violations.throwIfAny();
        java.util.Objects.requireNonNull(role);

        String token = newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        long id = repository.insertInvitation(hash(token), organisationId, email, name, role, asked.organisationAdmin(),
                me.username(), now, expires);
        audit.record("invitation.created", "organisation", organisationId,
                email + " " + role + (asked.organisationAdmin() ? " admin" : ""));
        String path = "/invitations/" + token;
        events.publishEvent(new InvitationCreated(id, organisationId, email, name, role, path, expires, me.username()));
        return new IssuedInvitation(repository.invitation(id).orElseThrow(), path);
    }

    /**
     * Turns an invitation into a user with the name and password the invitee chose; the
     * username is the invited address. Returns the username.
     */
    @Transactional
    public String accept(String token, @Nullable String displayName, @Nullable String password) {
        Invitation invitation = byToken(token).orElseThrow(() -> new NotFoundException("invitation", "link"));
        Instant now = clock.instant();
        if (invitation.acceptedAt() != null) {
            throw new DomainException("identity.error.invitationUsed");
        }
        if (!invitation.isOpenAt(now)) {
            throw new DomainException("identity.error.invitationExpired");
        }
        String name = displayName == null ? "" : displayName.strip();
        DomainException.Violations violations = new DomainException.Violations();
        if (name.isEmpty()) {
            violations.add("displayName", "identity.error.nameRequired");
        }
        else if (name.length() > MAX_NAME) {
            violations.add("displayName", "identity.error.nameLength", MAX_NAME);
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            violations.add("password", "identity.error.passwordLength", MIN_PASSWORD);
        }
        else if (password.length() > MAX_PASSWORD) {
            violations.add("password", "identity.error.passwordTooLong", MAX_PASSWORD);
        }
        violations.throwIfAny();
        java.util.Objects.requireNonNull(password);
        String username = invitation.email();
        if (!repository.markAccepted(invitation.id(), username, now)) {
            throw new ConcurrentEditException("invitation", invitation.id());
        }
        if (!repository.createUser(username, java.util.Objects.requireNonNull(passwordEncoder.encode(password)), name,
                invitation.role(), invitation.organisationId(), invitation.organisationAdmin())) {
            throw new DomainException("identity.error.emailTaken");
        }
        // the new user is the one who acted, though not yet signed in
        as(username, invitation.role(), () -> {
            audit.record("invitation.accepted", "organisation", invitation.organisationId(),
                    username + " " + invitation.role());
            return null;
        });
        return username;
    }

    /**
     * Deactivates a user of the organisation: they can no longer sign in, and what they
     * did stays theirs in the records.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'APPLICANT')")
    public void deactivate(long organisationId, long userId) {
        CurrentUser me = users.current();
        requireRead(organisationId);
        AccountRepository.Member member = repository.member(userId)
            .filter(m -> m.organisationId() != null && m.organisationId() == organisationId)
            .orElseThrow(() -> new NotFoundException("user", userId));
        if (!mayManage(organisationId)) {
            throw new AccessDeniedException("only the organisation's administrator deactivates its users");
        }
        String refusal = deactivationRefusal(me, member.username(), member.role(), member.enabled());
        if (refusal != null) {
            throw new DomainException(refusal);
        }
        if (!repository.deactivate(userId)) {
            throw new DomainException("identity.error.deactivatedAlready");
        }
        audit.record("user.deactivated", "organisation", organisationId, member.username());
    }

    /**
     * The users of the organisation the signed-in user may deactivate
     * ({@link #deactivate}'s rule), for the page to offer the step only beside them.
     */
    public Set<Long> deactivatable(long organisationId, List<Account> members) {
        if (!mayManage(organisationId)) {
            return Set.of();
        }
        CurrentUser me = users.current();
        return members.stream()
            .filter(a -> deactivationRefusal(me, a.username(), a.role(), a.enabled()) == null)
            .map(Account::id)
            .collect(java.util.stream.Collectors.toSet());
    }

    // --- rules
    // ---------------------------------------------------------------------------------

    /**
     * Why the user may not deactivate this member (a message key), or null: nobody
     * deactivates themselves, only an administrator another administrator, and an
     * organisation's administrator only its applicants.
     */
    private static @Nullable String deactivationRefusal(CurrentUser me, String username, Role role, boolean enabled) {
        if (username.equals(me.username())) {
            return "identity.error.deactivateSelf";
        }
        if (role == Role.ADMIN && !me.is(Role.ADMIN)) {
            return "identity.error.notYours";
        }
        if (!me.isAny(Role.OFFICER, Role.ADMIN) && role != Role.APPLICANT) {
            return "identity.error.notYours";
        }
        if (!enabled) {
            return "identity.error.deactivatedAlready";
        }
        return null;
    }

    private void requireRead(long organisationId) {
        if (!mayRead(organisationId)) {
            throw new NotFoundException("organisation", organisationId);
        }
    }

    private static boolean ownOrganisation(CurrentUser user, long organisationId) {
        return user.is(Role.APPLICANT) && user.organisationId() != null && user.organisationId() == organisationId;
    }

    private boolean organisationAdmin(CurrentUser user, long organisationId) {
        return ownOrganisation(user, organisationId)
                && repository.member(user.username()).map(AccountRepository.Member::organisationAdmin).orElse(false);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The stored form of a token. A token has 256 random bits, so a plain hash is as good
     * as a slow one.
     */
    static String hash(String token) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                    List.of(role.grantedAuthority())));
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

}
