package vn.practica.catalog.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FieldTest {
    private static final Instant OPENED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = OPENED.plusSeconds(60);

    private static Field tourism() {
        return Field.open("TOURISM", "Du lịch", "Tourism", OPENED);
    }

    @Test
    void newFieldIsActiveAtVersionOne() {
        Field field = tourism();
        assertEquals(FieldStatus.ACTIVE, field.status());
        assertEquals(1, field.version());
    }

    @Test
    void renameChangesOnlyTheGivenNameAndBumpsVersion() {
        Field field = tourism();
        assertTrue(field.rename(null, "Tourism and hospitality", LATER));
        assertEquals("Du lịch", field.nameVi());
        assertEquals("Tourism and hospitality", field.nameEn());
        assertEquals(2, field.version());
        assertEquals(LATER, field.updatedAt());
    }

    @Test
    void renameToTheSameNamesIsNoChange() {
        Field field = tourism();
        assertFalse(field.rename("Du lịch", "Tourism", LATER));
        assertEquals(1, field.version());
        assertEquals(OPENED, field.updatedAt());
    }

    @Test
    void retiredFieldCannotBeRenamedOrRetiredAgain() {
        Field field = tourism();
        field.retire(LATER);
        assertEquals(2, field.version());
        assertThrows(IllegalStateException.class, () -> field.rename("X", "Y", LATER));
        assertThrows(IllegalStateException.class, () -> field.retire(LATER));
        assertEquals(2, field.version());
    }
}
