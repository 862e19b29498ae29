package vn.practica.reporting.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reporting's placement facts as the consumers change them: a batch's fresh changes in one go, in the transaction
 * where their events' ids enter the inbox (platform's {@code processed_event}), and the reset before a rebuild.
 */
@ApplicationScoped
public class PlacementFactsService {
    private final FactRepository facts;

    PlacementFactsService(FactRepository facts) {
        this.facts = facts;
    }

    /**
     * Writes the changes of a batch's fresh events, in their order, inside the batch's transaction (platform's
     * {@code EventBatchConsumer}), where their ids enter the inbox.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<FactChange> changes) {
        facts.applyAll(changes);
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
