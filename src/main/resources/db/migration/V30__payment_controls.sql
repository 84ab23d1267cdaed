-- Payment controls: a payment is made on or after its due date and once the decision has legal force, or earlier
-- with a recorded reason; above a configurable amount a second person approves it after the first asked for it.
-- legal_force_from: the first day the decision behind the grant can no longer be appealed (three weeks after the
-- minutes were posted); null while that is not known.
alter table fund_grant add column legal_force_from date;

alter table grant_payment
    add column early_reason          text,
    add column approval_requested_by text,
    add column approval_requested_at timestamptz,
    add column paid_by               text,
    add column paid_at               timestamptz;
