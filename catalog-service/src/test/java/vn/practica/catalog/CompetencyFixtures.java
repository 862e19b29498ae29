package vn.practica.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Competency items written straight into the tables the CASE import fills, for tests of what refers to
 * items (course and field mappings) without depending on the import's own behaviour.
 */
public final class CompetencyFixtures {
    private CompetencyFixtures() {}

    /** A new framework with {@code count} items; returns the items' identifiers. */
    public static List<String> items(EntityManager em, int count) {
        String framework = UUID.randomUUID().toString();
        List<String> items = IntStream.range(0, count)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into competency_framework (id, uri, title, creator, last_change_date_time,"
                            + " version, updated_at) values (cast(?1 as uuid), 'urn:test', 'Khung năng lực số',"
                            + " 'Bộ GD&ĐT', now(), 1, now())")
                    .setParameter(1, framework)
                    .executeUpdate();
            for (int i = 0; i < items.size(); i++) {
                em.createNativeQuery("insert into competency_item (id, framework_id, uri, human_coding_scheme,"
                                + " full_statement, last_change_date_time, version, updated_at) values"
                                + " (cast(?1 as uuid), cast(?2 as uuid), 'urn:test', ?3, 'Phân tích dữ liệu',"
                                + " now(), 1, now())")
                        .setParameter(1, items.get(i))
                        .setParameter(2, framework)
                        .setParameter(3, "DL." + (i + 1))
                        .executeUpdate();
            }
        });
        return items;
    }
}
