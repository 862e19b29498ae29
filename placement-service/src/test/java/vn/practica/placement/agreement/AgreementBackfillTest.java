package vn.practica.placement.agreement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.practica.placement.agreement.AgreementCalls.propose;
import static vn.practica.placement.agreement.AgreementCalls.read;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.agreement.AgreementCalls.Proposed;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;

/**
 * V9 gives placements proposed before agreements existed the agreement a proposal drafts today: the same terms,
 * the same weekly load, and a PROPOSED entry in the audit trail; run again it adds nothing.
 */
@QuarkusTest
class AgreementBackfillTest {
    private static final String MIGRATION = "/db/migration/V9__agreement_backfill.sql";

    @Test
    void aPlacementWithoutAgreementGetsTheDraftAProposalMakes() throws IOException {
        ApplicationWorld world = ApplicationWorld.announce("AGRFILL");
        Proposed placement = propose(world, "AGRFILL");
        UUID id = UUID.fromString(placement.id());
        ApplicationOutbox.update("delete from placement_audit where placement_id = ?1", id);
        ApplicationOutbox.update("delete from agreement where placement_id = ?1", id);
        read(world.schoolToken(), placement.id()).statusCode(404);
        backfill();
        backfill();
        read(world.schoolToken(), placement.id())
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("weeklyHours", equalTo(AgreementContent.evenWeeklyHours(ApplicationWorld.HOURS, 13)))
                .body("totalHours", equalTo(ApplicationWorld.HOURS))
                .body("startDate", equalTo(ApplicationWorld.START.toString()))
                .body("learningObjectives.itemId", contains(world.item().toString()))
                .body("$", not(hasKey("schoolSupervisor")));
        AgreementCalls.audit(world.schoolToken(), placement.id())
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("PROPOSED"))
                .body("items[0].actorRole", equalTo("SYSTEM"));
    }

    private static void backfill() throws IOException {
        String sql;
        try (InputStream in = AgreementBackfillTest.class.getResourceAsStream(MIGRATION)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    em.createNativeQuery(statement).executeUpdate();
                }
            }
        });
    }
}
