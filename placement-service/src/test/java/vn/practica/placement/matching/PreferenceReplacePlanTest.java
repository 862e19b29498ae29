package vn.practica.placement.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An upload replaces the lists of the students it names without reading the round's other lists: during a national
 * upload {@code round_preference} grows by millions faster than statistics follow, and the semi-join this replaced
 * read the whole round per upload (docs/benchmarks.md, "Fifth pass").
 */
@QuarkusTest
class PreferenceReplacePlanTest {
    @Inject
    EntityManager em;

    @Test
    void replacingListsLooksTheUploadsStudentsUpInTheIndexInsteadOfReadingTheRound() {
        UUID round = UUID.randomUUID();
        String plan;
        QuarkusTransaction.begin();
        try {
            // 30,000 students' lists in the round, never analyzed; the upload names 1,000 of them and 1,000 new
            em.createNativeQuery("insert into round_preference (round_id, student_id, ranks, offer_ids)"
                            + " select ?1, gen_random_uuid(), array[1, 2, 3, 4, 5, 6, 7, 8, 9],"
                            + " array_fill(gen_random_uuid(), array[9]) from generate_series(1, 30000)")
                    .setParameter(1, round)
                    .executeUpdate();
            em.createNativeQuery("create temporary table pref_checked on commit drop as select student_id"
                            + " from (select distinct student_id from round_preference where round_id = ?1"
                            + " limit 1000) named union all select gen_random_uuid() from generate_series(1, 1000)")
                    .setParameter(1, round)
                    .executeUpdate();
            em.createNativeQuery("analyze pref_checked").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery(
                            "explain " + PreferenceStaging.DELETE_LISTS.replace("?", "'" + round + "'::uuid"))
                    .getResultList();
            plan = String.join("\n", lines);
        } finally {
            QuarkusTransaction.rollback();
        }

        assertTrue(plan.contains("student_id = ANY ($"), plan);
        assertFalse(plan.contains("Seq Scan on round_preference"), plan);
        assertFalse(plan.contains("Hash Join"), plan);
    }
}
