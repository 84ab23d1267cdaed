-- Organisations and their accounts (issue #9, item 2): an organisation has a checked organisation number,
-- its principal type (the existing kind) and a postal address; several users belong to one organisation,
-- invited by an officer or by the organisation's own administrator.

-- organisation ---------------------------------------------------------------------------------
-- Numbers typed without the hyphen are stored the one way (NNNNNN-NNNN) the exports and the check expect.
update organisation
   set org_number = substr(regexp_replace(org_number, '[^0-9]', '', 'g'), 1, 6) || '-'
                    || substr(regexp_replace(org_number, '[^0-9]', '', 'g'), 7, 4)
 where org_number is not null and length(regexp_replace(org_number, '[^0-9]', '', 'g')) = 10;

alter table organisation
    add column street   text,
    add column postcode text,
    add column town     text,
    add column version  bigint not null default 0;

-- The Luhn check digit is checked by the application (OrganisationNumber); the database keeps the shape.
-- NOT VALID: a production row typed some other way before this check is kept, and corrected when edited.
alter table organisation
    add constraint organisation_number_format check (org_number ~ '^[0-9]{6}-[0-9]{4}$') not valid,
    add constraint organisation_postcode_format check (postcode ~ '^[0-9]{3} [0-9]{2}$') not valid;

-- identity -------------------------------------------------------------------------------------
-- An organisation's administrator invites and deactivates the applicants of that organisation.
alter table user_account add column organisation_admin boolean not null default false;

create index user_account_organisation on user_account (organisation_id);

-- An invitation to become a user of an organisation. Only the SHA-256 of the link's token is kept, so
-- the table cannot be used to sign up as someone else; the link is shown to the inviter once.
create table invitation (
    id                 bigserial primary key,
    token_hash         text        not null unique,
    organisation_id    bigint      not null references organisation (id),
    email              text        not null,
    name               text        not null,
    role               text        not null check (role in ('OFFICER', 'ASSESSOR', 'STEERING', 'BOARD', 'APPLICANT', 'PROJECT_LEADER', 'ADMIN')),
    organisation_admin boolean     not null default false,
    invited_by         text        not null,
    created_at         timestamptz not null,
    expires_at         timestamptz not null,
    accepted_at        timestamptz,
    accepted_username  text,
    check (expires_at > created_at),
    check ((accepted_at is null) = (accepted_username is null))
);

create index invitation_organisation on invitation (organisation_id);
