package vn.practica.placement.offer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** Offer events as placement wrote them to its outbox, for the tests to read. */
final class OfferOutbox {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event: its type without the common prefix and version ({@code offer.published}) and its data. */
    record Event(String type, JsonNode data) {}

    private OfferOutbox() {}

    /** The events of the business's offers, in the order they were written. */
    static List<Event> ofBusiness(UUID business) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select type, cast(payload as text) from outbox_event"
                                + " where aggregatetype = 'offer' and payload ->> 'businessId' = ?1 order by seq")
                        .setParameter(1, business.toString())
                        .getResultList());
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Event(shortType((String) row[0]), read((String) row[1])))
                .toList();
    }

    static List<String> typesOf(UUID business) {
        return ofBusiness(business).stream().map(Event::type).toList();
    }

    private static String shortType(String type) {
        return type.replace("vn.practica.placement.", "").replace(".v1", "");
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
