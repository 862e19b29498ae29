package vn.practica.placement.placement;

/**
 * One member an audited change touched, with its value before and after, as text. {@code personal} marks values
 * that name a person (a supervisor, a mentor): the State reads that they changed, not what they became.
 */
public record AuditChange(String member, String from, String to, boolean personal) {
    public static AuditChange of(String member, Object from, Object to) {
        return new AuditChange(member, text(from), text(to), false);
    }

    public static AuditChange personal(String member, Object from, Object to) {
        return new AuditChange(member, text(from), text(to), true);
    }

    /** As the State reads it: personal values left out. */
    public AuditChange withoutPersonalValues() {
        return personal ? new AuditChange(member, null, null, true) : this;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
