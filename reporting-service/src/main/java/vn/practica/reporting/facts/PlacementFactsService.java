package vn.practica.reporting.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.practica.platform.inbox.EventInbox;
import vn.practica.platform.inbox.IncomingEvent;

/**
 * Applies placement events to reporting's facts a batch per transaction: each event's id enters the inbox
 * (platform's {@code processed_event}) in the same transaction as its change, so a redelivered event, in this
 * batch or any later one, has no second effect; then all fresh changes are written in one go.
 */
@ApplicationScoped
public class PlacementFactsService {
    private final EventInbox inbox;
    private final FactRepository facts;

    PlacementFactsService(EventInbox inbox, FactRepository facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    /** One event and the change its data makes, checked before the transaction. */
    public record PendingChange(IncomingEvent event, FactChange change) {}

    /**
     * Applies every pending change whose event was not applied before, all or none; returns the events applied now
     * (the others were duplicates).
     */
    @Transactional
    public List<IncomingEvent> applyBatch(List<PendingChange> batch) {
        List<IncomingEvent> applied = new ArrayList<>();
        List<FactChange> fresh = new ArrayList<>();
        for (PendingChange pending : batch) {
            // Joins this transaction: the inbox row commits or rolls back with the batch
            if (inbox.applyOnce(pending.event(), event -> fresh.add(pending.change()))) {
                applied.add(pending.event());
            }
        }
        facts.applyAll(fresh);
        return applied;
    }

    /**
     * Empties the facts and forgets which of {@code source}'s events were applied, so a replay from the topic's
     * beginning applies every one again. Consumers wait for the lock; what they apply after it is kept, and the
     * replay's copy of it is then a duplicate.
     */
    @Transactional
    public void clearForRebuild(String source) {
        facts.lockForRebuild();
        facts.clearAll();
        facts.forgetAppliedEvents(source);
    }
}
