package vn.practica.catalog.curriculum.oneroster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.Schools;
import vn.practica.catalog.Schools.School;
import vn.practica.testkit.TestTokens;

/**
 * The bundle of the hostile-input review, at production limits: a 95 MB courses.csv of 214,225 identical lines
 * in a zip of a few hundred KB. Once it made catalog run out of heap and answer 500; it must be refused at the
 * row cap without reading the rest, alone and several at once.
 */
@QuarkusTest
@TestProfile(ProductionBundleLimits.class)
class OneRosterHostileBundleTest {
    private static final Logger LOG = Logger.getLogger(OneRosterHostileBundleTest.class);
    private static final int LINES = 214_225;
    private static final int UPLOADS_AT_ONCE = 6;
    private static final String ROW_LIMIT = "https://practica.vn/problems/row-limit-exceeded";

    /** One line of 443 bytes, as in the review's bundle (95 MB / 214,225 lines). */
    private static final String LINE = "C-1,,,SY-2026,\"" + "Lập trình hướng đối tượng nâng cao ".repeat(8)
            + "K66\",IT101,13,ORG-1,IT,480201-480202-4802\r\n";

    private static final List<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .toList();

    private static byte[] hostileZip;
    private static School school;

    /** Built once, on first use: the server must be up to register the school. */
    private static synchronized void buildTheBundle() {
        if (hostileZip != null) {
            return;
        }
        school = Schools.register("Trường Đại học Bách khoa Hà Nội", "HN");
        byte[] row = LINE.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(("propertyName,value\r\nmanifest.version,1.0\r\noneroster.version,1.2\r\nfile.courses,bulk\r\n"
                            + "file.orgs,bulk\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("orgs.csv"));
            zip.write((BundleZip.ORGS_HEADER + "\r\nORG-1,,,Bách khoa,school," + school.code() + ",\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("courses.csv"));
            zip.write((BundleZip.COURSES_HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < LINES; i++) {
                zip.write(row);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hostileZip = bytes.toByteArray();
        LOG.infof(
                "hostile bundle: %d bytes zipped, courses.csv %d bytes inflated",
                hostileZip.length, (long) row.length * LINES);
    }

    @Inject
    EntityManager em;

    private static Response upload() {
        return given().auth()
                .oauth2(TestTokens.school(school.id()))
                .contentType("application/zip")
                .body(hostileZip)
                .when()
                .post("/api/v1/schools/" + school.id() + "/oneroster");
    }

    @Test
    void aBundleInflatingTo95MegabytesIsRefusedAtTheRowCapQuickly() {
        buildTheBundle();
        long start = System.nanoTime();
        Response answer = upload();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("95 MB bundle refused in %d ms", millis);
        assertEquals(413, answer.statusCode(), answer.asString());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(ROW_LIMIT, answer.jsonPath().getString("type"));
        assertTrue(millis < 10_000, "refused in " + millis + " ms");
        assertEquals(0, coursesOfTheSchool());
    }

    private long coursesOfTheSchool() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from course where school_id = ?1")
                                .setParameter(1, UUID.fromString(school.id()))
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void severalSuchBundlesAtOnceAreAllRefusedWithinTheHeap() throws Exception {
        buildTheBundle();
        System.gc();
        long before = usedHeap();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakAfterGc = new AtomicLong(before);
        AtomicInteger collections = new AtomicInteger();
        NotificationListener afterGc = (notification, handback) -> {
            collections.incrementAndGet();
            peakAfterGc.accumulateAndGet(usedAfter(notification), Math::max);
        };
        List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(NotificationEmitter.class::cast)
                .toList();
        collectors.forEach(c -> c.addNotificationListener(afterGc, null, null));
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(usedHeap(), Math::max), 0, 5, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS_AT_ONCE);
        try {
            List<Future<Response>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADS_AT_ONCE; i++) {
                uploads.add(pool.submit(OneRosterHostileBundleTest::upload));
            }
            for (Future<Response> upload : uploads) {
                Response answer = upload.get();
                assertEquals(413, answer.statusCode(), answer.asString());
                assertEquals(ROW_LIMIT, answer.jsonPath().getString("type"));
            }
        } finally {
            pool.shutdown();
            sampler.shutdown();
            for (NotificationEmitter collector : collectors) {
                collector.removeNotificationListener(afterGc);
            }
        }
        LOG.infof(
                "%d hostile bundles at once, all refused in %d ms: heap %d MB before (after GC), at most %d MB used"
                        + " and %d MB left after each of %d collections during the uploads; max heap %d MB",
                UPLOADS_AT_ONCE,
                (System.nanoTime() - start) / 1_000_000,
                before >> 20,
                peak.get() >> 20,
                peakAfterGc.get() >> 20,
                collections.get(),
                Runtime.getRuntime().maxMemory() >> 20);
        assertEquals(0, coursesOfTheSchool());
    }

    /** Heap in use once a collection finished: what was still reachable then. */
    private static long usedAfter(Notification notification) {
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        return info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
    }

    /** Heap in use now, garbage not yet collected included. */
    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
