package vn.practica.events;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: attribute header names. */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * Distributed Tracing extension: the W3C trace context of the change that produced the event. Optional; a
     * consumer continues the producer's trace with it.
     */
    public static final String TRACEPARENT = "ce_traceparent";

    public static final String TRACESTATE = "ce_tracestate";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}
}
