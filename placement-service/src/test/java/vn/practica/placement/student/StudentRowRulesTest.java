package vn.practica.placement.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudentRowRulesTest {
    private static final StudentRecord VALID = new StudentRecord(
            "SV001",
            "HUST-DS-2026",
            3,
            "An",
            "Nguyễn Văn",
            "an.nguyen@sv.hust.edu.vn",
            "+84 912 345 678",
            "login-1",
            List.of("IT", "DIGITAL_DATA"));

    private static StudentRecord withEmail(String email) {
        return new StudentRecord("SV001", "P", 3, "An", "Nguyễn", email, null, null, null);
    }

    private static StudentRecord withPhone(String phone) {
        return new StudentRecord("SV001", "P", 3, "An", "Nguyễn", "a@b.vn", phone, null, null);
    }

    private static StudentRecord withYear(Integer year) {
        return new StudentRecord("SV001", "P", year, "An", "Nguyễn", "a@b.vn", null, null, null);
    }

    private static StudentRecord withInterests(List<String> interests) {
        return new StudentRecord("SV001", "P", 3, "An", "Nguyễn", "a@b.vn", null, null, interests);
    }

    @Test
    void aCompleteRowAndARowWithOnlyTheRequiredMembersPass() {
        assertEquals(Optional.empty(), StudentRowRules.problem(VALID));
        assertEquals(Optional.empty(), StudentRowRules.problem(withEmail("a@b.vn")));
    }

    @Test
    void plainAddressesAreEmailsAndAnythingElseIsNot() {
        for (String email : List.of("an@truong.edu.vn", "an.nguyen+thuc.tap@sv.hust.edu.vn", "  x@y.vn ")) {
            assertEquals(Optional.empty(), StudentRowRules.problem(withEmail(email)), email);
        }
        for (String email : Arrays.asList(
                null,
                "",
                "an",
                "an@",
                "@truong.vn",
                "an@truong",
                "an nguyen@truong.vn",
                "an@@truong.vn",
                "an@-truong.vn",
                "\"an\"@truong.vn",
                "a".repeat(65) + "@truong.vn",
                "a@" + "b".repeat(StudentLimits.EMAIL) + ".vn")) {
            assertTrue(StudentRowRules.problem(withEmail(email)).orElseThrow().startsWith("email"), email);
        }
    }

    @Test
    void phonesAreDigitsWithTheUsualSeparatorsAndAreOptional() {
        for (String phone : Arrays.asList(null, "0912345678", "+84 912 345 678", "(024) 3869-2222", "024.3869.2222")) {
            assertEquals(Optional.empty(), StudentRowRules.problem(withPhone(phone)), phone);
        }
        for (String phone : List.of("", "call me", "12345", "+84 912 345 678 ext 9", "0".repeat(21), "+-84")) {
            assertTrue(StudentRowRules.problem(withPhone(phone)).orElseThrow().startsWith("phone"), phone);
        }
    }

    @Test
    void theYearOfStudyIsRequiredFromOneToEight() {
        assertEquals(Optional.empty(), StudentRowRules.problem(withYear(StudentLimits.MIN_YEAR)));
        assertEquals(Optional.empty(), StudentRowRules.problem(withYear(StudentLimits.MAX_YEAR)));
        for (Integer year : Arrays.asList(null, 0, -1, 9, Integer.MAX_VALUE)) {
            assertTrue(StudentRowRules.problem(withYear(year)).orElseThrow().startsWith("yearOfStudy"), "" + year);
        }
    }

    @Test
    void interestsAreAtMostTenFieldCodesWithoutNull() {
        assertEquals(
                "fieldInterests: at most 10 field codes",
                StudentRowRules.problem(withInterests(
                                List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "B1", "B2")))
                        .orElseThrow());
        assertEquals(
                "fieldInterests must not contain null",
                StudentRowRules.problem(withInterests(Arrays.asList("IT", null)))
                        .orElseThrow());
        assertTrue(StudentRowRules.problem(withInterests(List.of("it")))
                .orElseThrow()
                .startsWith("fieldInterests"));
    }

    @Test
    void controlCharactersAnywhereRejectTheRow() {
        StudentRecord row = new StudentRecord("SV001", "P", 3, "An", "Nguyễn", "a@b.vn", null, "login\u001b", null);
        assertEquals(
                "text must not contain control characters such as NUL",
                StudentRowRules.problem(row).orElseThrow());
    }
}
