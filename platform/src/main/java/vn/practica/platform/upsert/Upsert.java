package vn.practica.platform.upsert;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Create-or-update of one row by the sender's own key: what happened, and a hook only for a real change. */
public final class Upsert {
    /** What one incoming record did. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private Upsert() {}

    /**
     * Creates the row when nothing is stored, else updates it; {@code update} answers whether anything
     * changed. {@code changed} runs for a created or updated row (persist it, collect its event).
     */
    public static <E> Outcome apply(E stored, Supplier<E> create, Predicate<E> update, Changes<E> changed) {
        if (stored == null) {
            changed.created(create.get());
            return Outcome.CREATED;
        }
        if (!update.test(stored)) {
            return Outcome.UNCHANGED;
        }
        changed.updated(stored);
        return Outcome.UPDATED;
    }

    /** What to do with a row that was created or changed. */
    public interface Changes<E> {
        void created(E row);

        void updated(E row);

        /** The same action for both, e.g. collecting the row's event. */
        static <E> Changes<E> either(Consumer<E> onCreated, Consumer<E> onUpdated) {
            return new Changes<>() {
                @Override
                public void created(E row) {
                    onCreated.accept(row);
                }

                @Override
                public void updated(E row) {
                    onUpdated.accept(row);
                }
            };
        }
    }
}
