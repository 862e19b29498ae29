-- REJECTED joins the statuses the directory may hold (V11 freed the identifier of rejected organizations).
alter table organization drop constraint organization_status_check;
alter table organization add constraint organization_status_check
    check (status in ('PENDING', 'VERIFIED', 'SUSPENDED', 'REJECTED'));
