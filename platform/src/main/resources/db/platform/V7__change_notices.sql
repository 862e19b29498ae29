-- Change notices (ChangeNotices): a table whose rows instances cache announces every change on the channel
-- practica_changes, its name as the payload. A trigger rather than the application announcing it, so every
-- writer is seen: the consumer of another instance, a migration, an operator's fix by hand. NOTIFY is delivered
-- at commit and only then, identical notices of one transaction once.
create function practica_notify_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('practica_changes', tg_table_name);
    return null;
end
$$;
