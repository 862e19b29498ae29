package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.upsert.Upsert;

/**
 * A business's offers by its own externalRef: upserted one at a time or in bulk (rows judged one by one), read
 * back by the business. The same content again changes nothing and emits nothing; a change of an open offer
 * is announced.
 */
@ApplicationScoped
@Transactional
public class BusinessOfferService {
    private final OfferRepository offers;
    private final PostingBusinesses businesses;
    private final OfferChecks checks;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    BusinessOfferService(OfferRepository offers, PostingBusinesses businesses, OfferChecks checks, Outbox outbox) {
        this.offers = offers;
        this.businesses = businesses;
        this.checks = checks;
        this.outbox = outbox;
    }

    /**
     * Creates or changes the offer {@code externalRef}, against the version the business read when it sends
     * one. Problems name members as {@code body.<member>}.
     */
    public UpsertedOffer upsertOffer(
            UUID businessId, String externalRef, OfferContent content, OptionalLong expectedVersion) {
        businesses.requireBusiness(businessId);
        offers.lockBusiness(businessId);
        Batch batch = new Batch(businessId, Set.of(externalRef), List.of(content));
        Offer stored = batch.stored.get(externalRef);
        if (stored == null && expectedVersion.isPresent()) {
            throw new DomainException(
                    PlatformProblems.STALE_VERSION,
                    "Offer " + externalRef + " does not exist yet; send no If-Match to create it");
        }
        if (stored != null) {
            IfMatch.requireCurrent("Offer " + externalRef, stored.version(), expectedVersion);
        }
        UpsertedOffer result = batch.upsert(externalRef, content, "body.");
        batch.finish();
        return result;
    }

    /** Upserts each valid row; a row that breaks a rule is rejected with its reason, the others apply. */
    public List<OfferBatchResult> upsertOffers(UUID businessId, List<OfferUpsertRow> rows) {
        businesses.requireBusiness(businessId);
        offers.lockBusiness(businessId);
        Set<String> duplicates = duplicateRefs(rows);
        List<OfferUpsertRow> valid = rows.stream()
                .filter(r -> !r.isRejected() && !duplicates.contains(r.externalRef()))
                .toList();
        Batch batch = new Batch(
                businessId,
                valid.stream().map(OfferUpsertRow::externalRef).collect(Collectors.toSet()),
                valid.stream().map(OfferUpsertRow::content).toList());
        List<OfferBatchResult> results = new ArrayList<>(rows.size());
        for (OfferUpsertRow row : rows) {
            results.add(result(batch, row, duplicates));
        }
        batch.finish();
        return results;
    }

    private static OfferBatchResult result(Batch batch, OfferUpsertRow row, Set<String> duplicates) {
        if (row.isRejected()) {
            return OfferBatchResult.rejected(row.externalRef(), row.rejection());
        }
        if (duplicates.contains(row.externalRef())) {
            return OfferBatchResult.rejected(row.externalRef(), "duplicate externalRef in this batch");
        }
        try {
            return OfferBatchResult.of(row.externalRef(), batch.upsert(row.externalRef(), row.content(), ""));
        } catch (DomainException refused) {
            return OfferBatchResult.rejected(row.externalRef(), reason(refused));
        }
    }

    /** The business's offer, as the business sees it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Offer> findOffer(UUID businessId, String externalRef) {
        return offers.byExternalRef(businessId, externalRef);
    }

    /** The business's offers in externalRef order, a page at a time, optionally of one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<Offer> listOffers(
            UUID businessId, Optional<OfferStatus> status, Optional<String> afterRef, int limit) {
        return CursorPage.of(offers.page(businessId, status, afterRef, limit + 1), limit, Offer::externalRef);
    }

    /** One upsert call's state: the stored offers, the reference data read once, the events to append. */
    private final class Batch {
        private final UUID businessId;
        private final Instant now = clock.instant();
        private final Map<String, Offer> stored;
        private final OfferChecks.References references;
        private final List<OutboxEvent> events = new ArrayList<>();

        Batch(UUID businessId, Set<String> externalRefs, List<OfferContent> contents) {
            this.businessId = businessId;
            this.stored = new HashMap<>(offers.byExternalRefForUpdate(businessId, externalRefs));
            this.references = checks.references(contents);
        }

        /** Creates, changes or leaves one offer; a refusal is a DomainException naming members after prefix. */
        UpsertedOffer upsert(String externalRef, OfferContent content, String prefix) {
            Offer existing = stored.get(externalRef);
            if (existing != null && existing.holds(content)) {
                return new UpsertedOffer(existing, Upsert.Outcome.UNCHANGED);
            }
            long modelVersion = references.modelVersion(existing, content, prefix);
            if (existing == null) {
                Offer created = Offer.draft(businessId, externalRef, content, modelVersion, now);
                offers.persist(created);
                stored.put(externalRef, created);
                return new UpsertedOffer(created, Upsert.Outcome.CREATED);
            }
            requireEditable(existing, content);
            existing.revise(content, modelVersion, now);
            if (existing.status() == OfferStatus.OPEN) {
                events.add(OfferEvents.updated(existing));
            }
            return new UpsertedOffer(existing, Upsert.Outcome.UPDATED);
        }

        void finish() {
            outbox.appendAll(events);
            offers.flush();
        }
    }

    private static void requireEditable(Offer offer, OfferContent content) {
        if (!offer.status().isEditable()) {
            throw new DomainException(
                    OfferProblems.OFFER_NOT_EDITABLE,
                    "Offer " + offer.externalRef() + " is " + offer.status() + "; its content no longer changes");
        }
        if (content.seats() < offer.seatsTaken()) {
            throw new DomainException(
                            OfferProblems.SEATS_BELOW_TAKEN,
                            "Offer " + offer.externalRef() + " has " + offer.seatsTaken() + " seats taken; it"
                                    + " cannot have " + content.seats())
                    .with("seatsTaken", offer.seatsTaken());
        }
    }

    /** A refusal as a row's reason: the members and what is wrong with each, or the detail. */
    private static String reason(DomainException refused) {
        if (refused.errors().isEmpty()) {
            return refused.getMessage();
        }
        return refused.errors().stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }

    private static Set<String> duplicateRefs(List<OfferUpsertRow> rows) {
        Set<String> seen = new HashSet<>();
        return rows.stream()
                .map(OfferUpsertRow::externalRef)
                .filter(Objects::nonNull)
                .filter(ref -> !seen.add(ref))
                .collect(Collectors.toSet());
    }
}
