package se.sif.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The users of organisations and the invitations to become one ({@code user_account},
 * {@code invitation}).
 */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user as the rules about managing them need to know them. */
    record Member(long id, String username, Role role, @Nullable Long organisationId, boolean organisationAdmin,
            boolean enabled) {
    }

    List<Account> ofOrganisation(long organisationId) {
        return jdbc.sql("""
                select id, username, display_name, role, organisation_admin, enabled from user_account
                where organisation_id = :org order by enabled desc, lower(display_name), id""")
            .param("org", organisationId)
            .query(Account.class)
            .list();
    }

    Optional<Member> member(long id) {
        return jdbc.sql("""
                select id, username, role, organisation_id, organisation_admin, enabled from user_account
                where id = :id""").param("id", id).query(Member.class).optional();
    }

    Optional<Member> member(String username) {
        return jdbc.sql("""
                select id, username, role, organisation_id, organisation_admin, enabled from user_account
                where username = :username""").param("username", username).query(Member.class).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from user_account where lower(username) = lower(:u))")
            .param("u", username)
            .query(Boolean.class)
            .single();
    }

    /** False when the username was taken in between. */
    /**
     * An invited user signs in with the address the invitation went to, and is written to
     * there.
     */
    boolean createUser(String username, String passwordHash, String displayName, Role role, long organisationId,
            boolean organisationAdmin) {
        return jdbc
            .sql("""
                    insert into user_account (username, password_hash, display_name, role, organisation_id, organisation_admin,
                                              email)
                    values (:username, :hash, :name, :role, :org, :admin, :username) on conflict (username) do nothing""")
            .param("username", username)
            .param("hash", passwordHash)
            .param("name", displayName)
            .param("role", role.name())
            .param("org", organisationId)
            .param("admin", organisationAdmin)
            .update() == 1;
    }

    /** False when the user was deactivated already. */
    boolean deactivate(long id) {
        return jdbc.sql("update user_account set enabled = false where id = :id and enabled")
            .param("id", id)
            .update() == 1;
    }

    long insertInvitation(String tokenHash, long organisationId, String email, String name, Role role,
            boolean organisationAdmin, String invitedBy, Instant createdAt, Instant expiresAt) {
        return jdbc.sql("""
                insert into invitation (token_hash, organisation_id, email, name, role, organisation_admin, invited_by,
                                        created_at, expires_at)
                values (:hash, :org, :email, :name, :role, :admin, :by, :created, :expires) returning id""")
            .param("hash", tokenHash)
            .param("org", organisationId)
            .param("email", email)
            .param("name", name)
            .param("role", role.name())
            .param("admin", organisationAdmin)
            .param("by", invitedBy)
            .param("created", java.sql.Timestamp.from(createdAt))
            .param("expires", java.sql.Timestamp.from(expiresAt))
            .query(Long.class)
            .single();
    }

    private static final String INVITATION = """
            select id, organisation_id, email, name, role, organisation_admin, invited_by, created_at, expires_at,
                   accepted_at, accepted_username
            from invitation""";

    Optional<Invitation> invitationByTokenHash(String tokenHash) {
        return jdbc.sql(INVITATION + " where token_hash = :hash")
            .param("hash", tokenHash)
            .query(Invitation.class)
            .optional();
    }

    Optional<Invitation> invitation(long id) {
        return jdbc.sql(INVITATION + " where id = :id").param("id", id).query(Invitation.class).optional();
    }

    /** The organisation's invitations not yet accepted nor expired, newest first. */
    List<Invitation> openInvitations(long organisationId, Instant now) {
        return jdbc.sql(INVITATION + """
                 where organisation_id = :org and accepted_at is null and expires_at > :now
                order by created_at desc, id desc""")
            .param("org", organisationId)
            .param("now", java.sql.Timestamp.from(now))
            .query(Invitation.class)
            .list();
    }

    /**
     * Marks the invitation used; false when it was used or had expired in between (one
     * link, one account).
     */
    boolean markAccepted(long id, String username, Instant now) {
        return jdbc.sql("""
                update invitation set accepted_at = :now, accepted_username = :username
                where id = :id and accepted_at is null and expires_at > :now""")
            .param("id", id)
            .param("username", username)
            .param("now", java.sql.Timestamp.from(now))
            .update() == 1;
    }

}
