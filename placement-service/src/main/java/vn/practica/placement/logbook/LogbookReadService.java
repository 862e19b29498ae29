package vn.practica.placement.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.agreement.AgreementDetails;
import vn.practica.placement.agreement.AgreementReadService;
import vn.practica.placement.placement.ListPosition;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementReadService;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.paging.CursorPage;

/** Logbooks as the placement's parties and the State read them: entries one by one or page by page, and totals. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LogbookReadService {
    private final PlacementReadService placements;
    private final AgreementReadService agreements;
    private final LogbookRepository logbooks;

    LogbookReadService(PlacementReadService placements, AgreementReadService agreements, LogbookRepository logbooks) {
        this.placements = placements;
        this.agreements = agreements;
        this.logbooks = logbooks;
    }

    /** The placement's entry, if the requester may see the placement; empty when either is not found. */
    public Optional<LogbookEntryView> findEntry(UUID placementId, UUID entryId, Requester requester) {
        return placements
                .findAccess(placementId, requester)
                .flatMap(access -> logbooks.entry(placementId, entryId)
                        .map(entry -> new LogbookEntryView(entry.details(), access.audience())));
    }

    /** A page of the placement's entries, newest first; empty when the requester may not see the placement. */
    public Optional<CursorPage<LogbookEntryView>> listEntries(
            UUID placementId,
            Requester requester,
            Optional<EntryStatus> status,
            Optional<ListPosition> after,
            int limit) {
        return placements.findAccess(placementId, requester).map(access -> {
            List<LogbookEntryView> rows = logbooks.page(placementId, status, after, limit + 1).stream()
                    .map(entry -> new LogbookEntryView(entry.details(), access.audience()))
                    .toList();
            return CursorPage.of(
                    rows,
                    limit,
                    v -> new ListPosition(v.entry().createdAt(), v.entry().id()).encode());
        });
    }

    /** The placement's totals: agreed, approved, awaiting a decision, and approved per learning objective. */
    public Optional<LogbookSummary> summary(UUID placementId, Requester requester) {
        return placements.findAccess(placementId, requester).map(this::summary);
    }

    private LogbookSummary summary(PlacementAccess access) {
        UUID id = access.placement().id();
        AgreementDetails agreement = agreements.agreedTerms(id);
        Map<UUID, BigDecimal> byItem = logbooks.approvedHoursByItem(id);
        List<LogbookSummary.ItemHours> items = agreement.content().objectiveItemIds().stream()
                .map(item -> new LogbookSummary.ItemHours(item, byItem.getOrDefault(item, BigDecimal.ZERO)))
                .toList();
        return new LogbookSummary(
                id,
                access.placement().status(),
                agreement.content().totalHours(),
                logbooks.logbook(id).map(Logbook::approvedHours).orElse(BigDecimal.ZERO),
                logbooks.hoursIn(id, EntryStatus.SUBMITTED),
                logbooks.countsByStatus(id),
                logbooks.logbook(id).map(Logbook::totalReachedAt).orElse(null),
                items);
    }
}
