package vn.practica.platform.inbox;

import java.util.List;

/**
 * A consumer's own side of {@link EventBatchConsumer}: what one event changes in its model, and how to write many
 * such changes at once.
 *
 * @param <C> the consumer's change, built from one event's data
 */
public interface EventBatchRoute<C> {
    /**
     * The change {@code event} makes, checked before any transaction opens; null for a type this consumer does not
     * keep. Throws {@link MalformedEventException} when its data can never apply.
     */
    C change(IncomingEvent event);

    /** Writes {@code changes} in their order, inside the batch's transaction; fails only when the database does. */
    void applyAll(List<C> changes);
}
