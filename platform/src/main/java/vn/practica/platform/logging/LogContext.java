package vn.practica.platform.logging;

import org.jboss.logging.MDC;

/**
 * Keys the platform puts into the logging MDC, next to the {@code traceId} and {@code spanId} that Quarkus'
 * OpenTelemetry puts there: JSON log lines carry them all (docs/operations.md, "Logs").
 */
public final class LogContext {
    /** The caller's organization (the token's {@code org} claim), once the request is authenticated. */
    public static final String ORGANIZATION = "org";

    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";

    private LogContext() {}

    /** Puts the event's id and type into the MDC until the returned entries are closed. */
    public static Entries event(String id, String type) {
        MDC.put(EVENT_ID, id);
        MDC.put(EVENT_TYPE, type);
        return () -> {
            MDC.remove(EVENT_ID);
            MDC.remove(EVENT_TYPE);
        };
    }

    /** MDC entries that go away when closed. */
    @FunctionalInterface
    public interface Entries extends AutoCloseable {
        @Override
        void close();
    }
}
