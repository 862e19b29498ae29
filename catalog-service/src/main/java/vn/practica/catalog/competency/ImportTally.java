package vn.practica.catalog.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.practica.platform.outbox.OutboxEvent;

/** Counts what an import did and collects its events, appended to the outbox once the rows are written. */
final class ImportTally {
    private final List<OutboxEvent> events = new ArrayList<>();
    private int created;
    private int updated;
    private int deleted;
    private int unchanged;

    void created(OutboxEvent event) {
        created++;
        events.add(event);
    }

    void updated(OutboxEvent event) {
        updated++;
        events.add(event);
    }

    void deleted(OutboxEvent event) {
        deleted++;
        events.add(event);
    }

    void unchanged() {
        unchanged++;
    }

    List<OutboxEvent> events() {
        return events;
    }

    ImportResult result(UUID frameworkId, boolean frameworkCreated) {
        return new ImportResult(frameworkId, frameworkCreated, created, updated, deleted, unchanged);
    }
}
