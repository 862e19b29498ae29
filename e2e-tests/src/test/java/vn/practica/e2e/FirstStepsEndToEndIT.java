package vn.practica.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.practica.devkit.DemoOrganizations;
import vn.practica.devkit.DemoSeeder;
import vn.practica.devkit.DevShellEnvironment;
import vn.practica.devkit.PracticaStack;

/**
 * The README's "First steps", block by block, against the packaged services: the blocks are read from
 * README.md and run with bash and curl, with the variables {@code ./practica up} writes to
 * {@code .practica/dev-tokens.env}, after the same demo seeding the launcher does. Change the README's steps and
 * this test together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStepsEndToEndIT {
    private static final Duration CONVERGENCE = Duration.ofSeconds(60);
    private static final String SCHOOL_ID = DemoOrganizations.SCHOOL.id().toString();

    /** The README's blocks, in order. */
    private static final int SOURCE_TOKENS = 0;

    private static final int LIST_PARTNERS = 1;
    private static final int READ_SCHOOL = 2;
    private static final int SYNC_CURRICULUM = 3;
    private static final int SEARCH_COURSES = 4;
    private static final int RENAME_FIELD = 5;
    private static final int PLACEMENT_FIELDS = 6;
    private static final int REPORTING_KPIS = 7;

    private PracticaStack stack;
    private ReadmeSteps steps;

    @BeforeAll
    void startSuiteAndSeedAsTheLauncherDoes() throws Exception {
        stack = E2eStack.start();
        List<DemoSeeder.Seeded> seeded = new DemoSeeder(stack.service("catalog").baseUrl(), stack.tokens()).seed();
        for (DemoSeeder.Seeded org : seeded) {
            assertEquals("VERIFIED", org.status(), org.demo().identifier());
            assertTrue(org.hasDemoId(), org.toString());
        }
        Map<String, String> variables = DevShellEnvironment.of(stack, Duration.ofHours(1));
        steps = ReadmeSteps.of(E2eStack.repositoryRoot(), "First steps", variables);
    }

    @AfterAll
    void stopSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(0)
    void readmeHasTheStepsThisTestChecks() {
        assertEquals(8, steps.count(), "README 'First steps' changed: update this test with it");
        assertTrue(steps.block(SOURCE_TOKENS).startsWith("source .practica/dev-tokens.env"));
    }

    @Test
    @Order(1)
    void seedingAgainChangesNothing() {
        List<DemoSeeder.Seeded> again = new DemoSeeder(stack.service("catalog").baseUrl(), stack.tokens()).seed();
        assertTrue(again.stream().noneMatch(DemoSeeder.Seeded::registeredNow), again.toString());
    }

    @Test
    @Order(2)
    void theDirectoryListsBothVerifiedDemoPartnersUnderTheirTokensOrg() throws Exception {
        JsonPath partners = JsonPath.from(steps.run(LIST_PARTNERS));
        assertEquals(
                List.of("0201234569", "BKA"),
                partners.getList("identifier").stream().sorted().toList());
        assertEquals(
                List.of(SCHOOL_ID, DemoOrganizations.BUSINESS.id().toString()),
                partners.getList("id").stream().sorted().toList());
        assertTrue(partners.getList("status").stream().allMatch("VERIFIED"::equals));
    }

    @Test
    @Order(3)
    void theSchoolIsFoundUnderTheIdItsTokensCarry() throws Exception {
        JsonPath school = JsonPath.from(steps.run(READ_SCHOOL));
        assertEquals(SCHOOL_ID, school.getString("id"), school.prettify());
        assertEquals("BKA", school.getString("identifier"));
        assertEquals("VERIFIED", school.getString("status"));
    }

    @Test
    @Order(4)
    void theSchoolSyncsItsCurriculumAndTheSameSyncAgainChangesNothing() throws Exception {
        JsonPath first = JsonPath.from(steps.run(SYNC_CURRICULUM));
        assertEquals(3, first.getInt("created"), first.prettify());
        assertEquals(0, first.getInt("rejected"), first.prettify());

        JsonPath again = JsonPath.from(steps.run(SYNC_CURRICULUM));
        assertEquals(3, again.getInt("unchanged"), again.prettify());
    }

    @Test
    @Order(5)
    void searchWithoutDiacriticsFindsThePortDataCourse() throws Exception {
        JsonPath found = JsonPath.from(steps.run(SEARCH_COURSES));
        assertEquals(List.of("IT4995"), found.getList("items.code"), found.prettify());
        assertEquals(SCHOOL_ID, found.getString("items[0].schoolId"));
        assertEquals("DIGITAL_DATA", found.getString("items[0].programs[0].field"));
        assertEquals(6, found.getInt("items[0].programs[0].level"));
    }

    @Test
    @Order(6)
    void aFieldRenamedInCatalogReachesPlacementAndReporting() throws Exception {
        JsonPath renamed = JsonPath.from(steps.run(RENAME_FIELD));
        assertEquals("Smart port operation", renamed.getString("nameEn"), renamed.prettify());

        await().atMost(CONVERGENCE)
                .until(() -> "Smart port operation"
                        .equals(JsonPath.from(steps.run(PLACEMENT_FIELDS))
                                .getString("find { it.code == 'PORT_OPS' }.nameEn")));
        // Ten seeded fields announced once each, then the rename.
        await().atMost(CONVERGENCE)
                .until(() -> JsonPath.from(steps.run(REPORTING_KPIS)).getLong("eventsApplied") >= 11);
        JsonPath kpis = JsonPath.from(steps.run(REPORTING_KPIS));
        assertEquals(10, kpis.getLong("activeFields"));
        assertTrue(kpis.getString("lastEventAppliedAt") != null);
    }
}
