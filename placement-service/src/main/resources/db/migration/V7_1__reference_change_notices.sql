-- Instances cache the active fields and the cooperation models' terms that every offer write checks; every
-- change tells them to drop what they hold (practica_notify_change, platform schema module). Numbered 7.1 to run
-- before migrations written at the same time.
create trigger field_changes after insert or update or delete or truncate on field
    for each statement execute function practica_notify_change();
create trigger cooperation_model_version_changes after insert or update or delete or truncate
    on cooperation_model_version for each statement execute function practica_notify_change();
