package vn.practica.catalog.curriculum.oneroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.DomainException;

class OrgLinesTest {
    private static final KeptText UNBOUNDED = new KeptText(Long.MAX_VALUE);

    @Test
    void looksUpIdentifiersInUpperCaseAndReportsLinesWithoutSourcedId() {
        CsvTable table = CsvTable.of(
                OrgLines.FILE,
                BundleZip.ORGS_HEADER + "\nORG-1,,,Bách khoa,school,bka,\n,,,Không mã,school,X,\n",
                OrgLines.REQUIRED_COLUMNS);
        List<LineError> errors = new ArrayList<>();
        OrgLines orgs = OrgLines.read(table, errors, UNBOUNDED);
        assertEquals(Optional.of("BKA"), orgs.identifierOf("ORG-1"));
        assertEquals(List.of(new LineError(OrgLines.FILE, 3, "sourcedId is required")), errors);
    }

    @Test
    void refusesTheLinePastTheCapBeforeReadingFurther() {
        RepeatedLines endless = new RepeatedLines(BundleZip.ORGS_HEADER, "ORG-1,,,Trường,school,BKA,");
        CsvTable table = CsvTable.open(OrgLines.FILE, endless, OrgLines.REQUIRED_COLUMNS);
        DomainException e =
                assertThrows(DomainException.class, () -> OrgLines.read(table, new ArrayList<>(), UNBOUNDED));
        assertEquals(OneRosterProblems.TOO_LARGE, e.type());
        assertTrue(endless.charsServed() < (OrgLines.MAX_LINES + 1) * 30L + 8192);
    }

    @Test
    void refusesOrgsHoldingMoreTextThanTheImportKeeps() {
        CsvTable table = CsvTable.of(
                OrgLines.FILE,
                BundleZip.ORGS_HEADER + "\nORG-1,,,A,school,BKA,\nORG-2,,,B,school,BKB,\n",
                OrgLines.REQUIRED_COLUMNS);
        DomainException e =
                assertThrows(DomainException.class, () -> OrgLines.read(table, new ArrayList<>(), new KeptText(12)));
        assertEquals(OneRosterProblems.TOO_LARGE, e.type());
    }
}
