package vn.practica.catalog.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.upsert.Upsert;

/**
 * Imports CASE packages: upsert by CASE identifier, removal of what the new package no longer has, one
 * event per created, updated or deleted row, all in one transaction. Re-importing the same package changes
 * nothing and emits nothing.
 */
@ApplicationScoped
@Transactional
public class CompetencyImportService {
    private final CompetencyRepository competencies;
    private final CaseUris uris;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    CompetencyImportService(CompetencyRepository competencies, CaseUris uris, Outbox outbox) {
        this.competencies = competencies;
        this.uris = uris;
        this.outbox = outbox;
    }

    public ImportResult importPackage(CasePackageRecord pkg) {
        UUID frameworkId = pkg.framework().identifier();
        requireIdentifiersFree(frameworkId, pkg);
        var stored = competencies.findFrameworkForUpdate(frameworkId);
        Map<UUID, CompetencyItem> items = stored.isPresent() ? competencies.itemsById(frameworkId) : new HashMap<>();
        Map<UUID, CompetencyAssociation> associations =
                stored.isPresent() ? competencies.associationsById(frameworkId) : new HashMap<>();
        Set<UUID> removedItems = absent(items.keySet(), pkg.items().stream().map(ItemRecord::identifier));
        Set<UUID> removedAssociations =
                absent(associations.keySet(), pkg.associations().stream().map(AssociationRecord::identifier));
        requireUnreferenced(removedItems);

        competencies.useBatchWrites();
        Instant now = clock.instant();
        ImportTally tally = new ImportTally();
        applyFramework(pkg.framework(), stored.orElse(null), now, tally);
        for (ItemRecord record : pkg.items()) {
            applyItem(frameworkId, record, items.get(record.identifier()), now, tally);
        }
        for (AssociationRecord record : pkg.associations()) {
            applyAssociation(frameworkId, record, associations.get(record.identifier()), now, tally);
        }
        removedAssociations.forEach(id -> tally.deleted(CompetencyEvents.associationDeleted(associations.get(id))));
        removedItems.forEach(id -> tally.deleted(CompetencyEvents.itemDeleted(items.get(id))));
        competencies.deleteAssociations(removedAssociations);
        competencies.deleteItems(removedItems);
        competencies.flushAndDetach();
        outbox.appendAll(tally.events());
        return tally.result(frameworkId, stored.isEmpty());
    }

    /** Removes a framework with its items and associations, unless a course or field still uses an item. */
    public void deleteFramework(UUID frameworkId) {
        CompetencyFramework framework = competencies
                .findFrameworkForUpdate(frameworkId)
                .orElseThrow(() -> DomainException.notFound("No CFDocument " + frameworkId));
        Map<UUID, CompetencyItem> items = competencies.itemsById(frameworkId);
        requireUnreferenced(items.keySet());
        List<OutboxEvent> events = new ArrayList<>();
        competencies.associationsOf(frameworkId).forEach(a -> events.add(CompetencyEvents.associationDeleted(a)));
        items.values().forEach(i -> events.add(CompetencyEvents.itemDeleted(i)));
        events.add(CompetencyEvents.frameworkDeleted(framework));
        competencies.deleteFramework(frameworkId);
        competencies.flushAndDetach();
        outbox.appendAll(events);
    }

    private void applyFramework(FrameworkRecord record, CompetencyFramework stored, Instant now, ImportTally tally) {
        String uri = CaseUris.orElse(record.uri(), uris.document(record.identifier()));
        apply(
                stored,
                () -> CompetencyFramework.create(record, uri, now),
                f -> f.update(record, uri, now),
                CompetencyEvents::frameworkUpserted,
                tally);
    }

    private void applyItem(UUID frameworkId, ItemRecord record, CompetencyItem stored, Instant now, ImportTally tally) {
        String uri = CaseUris.orElse(record.uri(), uris.item(record.identifier()));
        apply(
                stored,
                () -> CompetencyItem.create(frameworkId, record, uri, now),
                i -> i.update(record, uri, now),
                CompetencyEvents::itemUpserted,
                tally);
    }

    private void applyAssociation(
            UUID frameworkId, AssociationRecord record, CompetencyAssociation stored, Instant now, ImportTally tally) {
        String uri = CaseUris.orElse(record.uri(), uris.association(record.identifier()));
        apply(
                stored,
                () -> CompetencyAssociation.create(frameworkId, record, uri, now),
                a -> a.update(record, uri, now),
                CompetencyEvents::associationUpserted,
                tally);
    }

    /** New nodes are persisted; every created or changed node's event is collected for the outbox. */
    private <N extends CaseNode> void apply(
            N stored, Supplier<N> create, Predicate<N> update, Function<N, OutboxEvent> event, ImportTally tally) {
        Upsert.Outcome outcome = Upsert.apply(
                stored,
                create,
                update,
                Upsert.Changes.either(
                        created -> {
                            competencies.persist(created);
                            tally.created(event.apply(created));
                        },
                        updated -> tally.updated(event.apply(updated))));
        if (outcome == Upsert.Outcome.UNCHANGED) {
            tally.unchanged();
        }
    }

    /** CASE identifiers are global: one already used by another framework's row cannot be taken over. */
    private void requireIdentifiersFree(UUID frameworkId, CasePackageRecord pkg) {
        Map<UUID, String> paths = new HashMap<>();
        for (int i = 0; i < pkg.items().size(); i++) {
            paths.put(pkg.items().get(i).identifier(), "CFItems[" + i + "].identifier");
        }
        for (int i = 0; i < pkg.associations().size(); i++) {
            paths.put(pkg.associations().get(i).identifier(), "CFAssociations[" + i + "].identifier");
        }
        List<Problem.FieldError> errors = competencies.idsTakenOutside(frameworkId, paths.keySet()).stream()
                .map(id -> new Problem.FieldError(paths.get(id), "identifier " + id + " belongs to another framework"))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new DomainException(
                    CompetencyProblems.INVALID_PACKAGE, "The CASE package has invalid properties", errors);
        }
    }

    private void requireUnreferenced(Collection<UUID> itemIds) {
        List<Problem.FieldError> errors = competencies.referencedItems(itemIds).stream()
                .sorted()
                .map(id -> new Problem.FieldError(
                        "CFItems", "item " + id + " is mapped to a course or field and cannot be removed"))
                .toList();
        if (!errors.isEmpty()) {
            throw new DomainException(
                    CompetencyProblems.ITEM_IN_USE,
                    errors.size() + " items to remove are still mapped to courses or fields; unmap them first",
                    errors);
        }
    }

    private static Set<UUID> absent(Set<UUID> stored, Stream<UUID> incoming) {
        Set<UUID> removed = new HashSet<>(stored);
        incoming.forEach(removed::remove);
        return removed;
    }
}
