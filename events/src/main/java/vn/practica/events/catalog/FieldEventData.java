package vn.practica.events.catalog;

/**
 * Data of every field event: the whole field after the change (event-carried state transfer), so a
 * consumer can upsert by {@code version} and tolerate redelivery or replay.
 *
 * @param code stable field code, also the record key and {@code ce_subject}
 * @param nameVi Vietnamese name
 * @param nameEn English name
 * @param status {@code ACTIVE} or {@code RETIRED}
 * @param version monotonically increasing per field, starting at 1
 */
public record FieldEventData(String code, String nameVi, String nameEn, String status, long version) {
    public static final String ACTIVE = "ACTIVE";
    public static final String RETIRED = "RETIRED";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
