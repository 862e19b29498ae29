-- Instances cache partners (suspension, kind) and competency items per request path; every change tells them
-- to drop what they hold (practica_notify_change, platform schema module).
create trigger partner_organization_changes after insert or update or delete or truncate on partner_organization
    for each statement execute function practica_notify_change();
create trigger competency_item_changes after insert or update or delete or truncate on competency_item
    for each statement execute function practica_notify_change();
