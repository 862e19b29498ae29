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
 * An upload's statements touch only the students it names, whatever the statistics say: during a national upload
 * {@code round_preference} grows faster than statistics follow, and a student table just registered may have none
 * (docs/benchmarks.md, "Fifth pass").
 */
@QuarkusTest
class PreferenceUploadPlanTest {
    @Inject
    EntityManager em;

    @Test
    void replacingListsFindsTheUploadsStudentsThroughThePrimaryKeyInsteadOfReadingTheRound() {
        UUID round = UUID.randomUUID();
        String plan = planAfter(PreferenceStaging.UPSERT_LISTS.replace("?", "'" + round + "'::uuid"), () -> {
            // 30,000 students' lists in the round, never analyzed; the upload names 1,000 of them and 1,000 new
            em.createNativeQuery("insert into round_preference (round_id, student_id, ranks, offer_ids)"
                            + " select ?1, gen_random_uuid(), array[1, 2, 3, 4, 5, 6, 7, 8, 9],"
                            + " array_fill(gen_random_uuid(), array[9]) from generate_series(1, 30000)")
                    .setParameter(1, round)
                    .executeUpdate();
            em.createNativeQuery("create temporary table pref_checked on commit drop as select student_id,"
                            + " 1::smallint as rank, gen_random_uuid() as offer_id from (select distinct student_id"
                            + " from round_preference where round_id = ?1 limit 1000) named"
                            + " union all select gen_random_uuid(), 1::smallint, gen_random_uuid()"
                            + " from generate_series(1, 1000)")
                    .setParameter(1, round)
                    .executeUpdate();
            em.createNativeQuery("analyze pref_checked").executeUpdate();
        });

        assertTrue(plan.contains("Conflict Arbiter Indexes: round_preference_pkey"), plan);
        assertFalse(plan.contains("Scan on round_preference"), plan);
    }

    @Test
    void resolvingTheUploadsStudentsLooksEachUpInTheIndexInsteadOfHashingEveryStudent() {
        String plan = planAfter(
                PreferenceStaging.RESOLVE_STUDENTS,
                () -> em.createNativeQuery("create temporary table pref_upload on commit drop as select g as line,"
                                + " gen_random_uuid() as school_id, 'SV' || g as sourced_id, 1::smallint as rank,"
                                + " gen_random_uuid() as offer_id from generate_series(1, 20000) g")
                        .executeUpdate());

        assertTrue(plan.contains("Index Scan using student_school_id_sourced_id_key on student"), plan);
        assertFalse(plan.contains("Seq Scan on student"), plan);
    }

    /** The statement's plan after {@code setUp}, all in one transaction rolled back. */
    private String planAfter(String statement, Runnable setUp) {
        QuarkusTransaction.begin();
        try {
            setUp.run();
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery("explain " + statement).getResultList();
            return String.join("\n", lines);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
