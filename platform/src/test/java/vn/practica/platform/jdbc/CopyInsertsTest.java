package vn.practica.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.platform.testing.TestDatabase;

/** Entities inserted by COPY read back through Hibernate as they were built, every mapped column included. */
@QuarkusTest
class CopyInsertsTest {
    @Inject
    CopyInserts copies;

    @Inject
    EntityManager em;

    @BeforeEach
    void empty() {
        TestDatabase.update("delete from copied_row");
    }

    @Test
    void everyMappedColumnReadsBackAsHibernateMapsIt() {
        Instant now = Instant.parse("2026-12-03T20:00:00.123456Z");
        CopiedRow full = new CopiedRow(UUID.randomUUID(), now);
        full.note = "tab\there\nand a back\\slash, \\N, Việt";
        full.kind = CopiedRow.Kind.SCHOOL;
        full.amount = Long.MAX_VALUE;
        full.seats = -7;
        full.flag = false;
        full.moment = Instant.parse("1970-01-01T00:00:00Z");
        full.due = LocalDate.of(2026, 2, 28);
        full.ids = new UUID[] {UUID.randomUUID(), UUID.randomUUID()};
        full.words = new String[] {"a,b", "{c}", "\"d\"", ""};
        CopiedRow empty = new CopiedRow(UUID.randomUUID(), now);

        QuarkusTransaction.requiringNew().run(() -> copies.insertAll(List.of(full, empty)));

        QuarkusTransaction.requiringNew().run(() -> {
            CopiedRow read = em.find(CopiedRow.class, full.id);
            assertEquals(full.note, read.note);
            assertEquals(full.kind, read.kind);
            assertEquals(full.amount, read.amount);
            assertEquals(full.seats, read.seats);
            assertEquals(full.flag, read.flag);
            assertEquals(full.moment, read.moment);
            assertEquals(full.due, read.due);
            assertArrayEquals(full.ids, read.ids);
            assertArrayEquals(full.words, read.words);
            assertEquals(1, read.version());
            assertEquals(now, read.updatedAt());
            CopiedRow blank = em.find(CopiedRow.class, empty.id);
            assertNull(blank.note);
            assertNull(blank.kind);
            assertNull(blank.ids);
            assertEquals(0, blank.seats);
        });
    }

    @Test
    void aFailingCopyLeavesNothingOfItsTransaction() {
        CopiedRow row = new CopiedRow(UUID.randomUUID(), Instant.now());

        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> copies.insertAll(List.of(row, row))));

        assertEquals(0, TestDatabase.count("select count(*) from copied_row"));
    }

    @Test
    void anEnumStoredByItsOrdinalIsRefusedBeforeAnythingIsWritten() {
        OrdinalRow row = new OrdinalRow(UUID.randomUUID());

        assertThrows(
                IllegalArgumentException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> copies.insertAll(List.of(row))));

        assertEquals(0, TestDatabase.count("select count(*) from copied_row"));
    }
}
