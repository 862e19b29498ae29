package vn.practica.placement.student;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registration's read of a batch's existing students under the plan a prepared statement settles on from its
 * sixth run: the sourcedIds arrive as one array parameter. As a list of 1,000 parameters the generic plan rebuilt
 * {@code ARRAY[$2, ..., $1001]} for every row of the school it filtered, 301 ms a batch against 1.8 ms
 * (docs/benchmarks.md, "Fourth pass").
 */
@QuarkusTest
class StudentLookupPlanTest {
    @Inject
    EntityManager em;

    @Test
    void theGenericPlanComparesSourcedIdsWithTheArrayParameterAndBuildsNoListPerRow() {
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local plan_cache_mode = force_generic_plan")
                    .executeUpdate();
            em.createNativeQuery("prepare student_batch(uuid, varchar[]) as "
                            + StudentRepository.BY_SOURCED_IDS_FOR_UPDATE
                                    .replace("?1", "$1")
                                    .replace("?2", "$2"))
                    .executeUpdate();
            try {
                @SuppressWarnings("unchecked")
                List<String> lines = em.createNativeQuery(
                                "explain execute student_batch(gen_random_uuid(), array['SV1', 'SV2', 'SV3'])")
                        .getResultList();
                return String.join("\n", lines);
            } finally {
                em.createNativeQuery("deallocate student_batch").executeUpdate();
            }
        });

        assertTrue(plan.contains("sourced_id)::text = ANY (($2)::text[])"), plan);
        assertFalse(plan.contains("ARRAY["), plan);
    }
}
