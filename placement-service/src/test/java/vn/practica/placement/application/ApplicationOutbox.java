package vn.practica.placement.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Application and placement events as placement wrote them to its outbox, and row counts, for tests to read. */
public final class ApplicationOutbox {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event: its type without the common prefix and version ({@code application.submitted}) and its data. */
    public record Event(String type, String key, JsonNode data) {}

    private ApplicationOutbox() {}

    /** The application and placement events about the offer, in the order they were written. */
    public static List<Event> ofOffer(String offerId) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em().createNativeQuery("select type, aggregateid, cast(payload as text) from outbox_event"
                                + " where aggregatetype in ('application', 'placement')"
                                + " and payload ->> 'offerId' = ?1 order by seq")
                        .setParameter(1, offerId)
                        .getResultList());
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Event(shortType((String) row[0]), (String) row[1], read((String) row[2])))
                .toList();
    }

    public static List<String> typesOf(String offerId) {
        return ofOffer(offerId).stream().map(Event::type).toList();
    }

    /** A number a query counts, read in a transaction of its own. */
    public static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /** The texts a query selects, read in a transaction of its own. */
    public static List<String> texts(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em().createNativeQuery(sql, String.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            List<?> rows = query.getResultList();
            return rows.stream().map(Object::toString).toList();
        });
    }

    /** Runs an update in a transaction of its own (a test moves time: a deadline or a respondBy passes). */
    public static void update(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
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
