package vn.practica.placement.offer;

/**
 * One row of a bulk upsert after its shape was checked: the content to apply, or why the row is rejected
 * before anything is looked up.
 */
public record OfferUpsertRow(String externalRef, OfferContent content, String rejection) {
    static OfferUpsertRow of(String externalRef, OfferContent content) {
        return new OfferUpsertRow(externalRef, content, null);
    }

    static OfferUpsertRow rejected(String externalRef, String reason) {
        return new OfferUpsertRow(externalRef, null, reason);
    }

    boolean isRejected() {
        return rejection != null;
    }
}
