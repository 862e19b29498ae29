package vn.practica.events;

/** Kafka topic names: one topic per producing service, keyed by aggregate id. */
public final class Topics {
    public static final String CATALOG = "practica.catalog.events";
    public static final String PLACEMENT = "practica.placement.events";

    private Topics() {}

    /** Every topic the platform owns, so launchers and test brokers can pre-create them. */
    public static String[] all() {
        return new String[] {CATALOG, PLACEMENT};
    }
}
