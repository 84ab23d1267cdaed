-- A receipt keeps the copy of the application as submitted as the XHTML the PDF is made of: written with the
-- submission (cheap), turned into the PDF the first time someone asks for it and kept from then on. Making the
-- PDF inside every submission was most of a submission's cost in the deadline rush. Receipts written before
-- this keep the PDF they have.
alter table application_receipt add column copy_xhtml text;
alter table application_receipt alter column pdf drop not null;
alter table application_receipt add constraint application_receipt_has_copy
    check (pdf is not null or copy_xhtml is not null);

-- the PDF made from a receipt's copy, once (the receipt itself is never changed)
create table application_receipt_pdf (
    application_id bigint not null,
    number         int    not null,
    pdf            bytea  not null,
    primary key (application_id, number),
    foreign key (application_id, number) references application_receipt (application_id, number)
);

create trigger application_receipt_pdf_immutable
    before update or delete on application_receipt_pdf
    for each row execute function forbid_change();
