package vn.practica.placement.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/** Reading preference uploads: well-formed rows pass, each malformed one is an error naming its line. */
class PreferenceUploadParserTest {
    private static final UUID SCHOOL = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");
    private static final UUID OFFER = UUID.fromString("0b7e6a2c-1d3f-4e5a-9b8c-7d6e5f4a3b2c");

    private static List<PreferenceRow> parse(
            PreferenceUploadParser parser, String text, PreferenceUploadParser.Format f) {
        List<PreferenceRow> rows = new ArrayList<>();
        parser.parse(new BufferedReader(new StringReader(text)), f, rows::add);
        return rows;
    }

    @Test
    void csvRowsWithQuotesABomAndCrlfAreRead() {
        PreferenceUploadParser parser = new PreferenceUploadParser();
        String csv = "\uFEFF" + PreferenceUploadParser.CSV_HEADER + "\r\n" + SCHOOL + ",\"SV,01\"\"x\",1," + OFFER
                + "\r\n\r\n" + SCHOOL + ",SV02,10," + OFFER + "\n";
        List<PreferenceRow> rows = parse(parser, csv, PreferenceUploadParser.Format.CSV);
        assertEquals(
                List.of(
                        new PreferenceRow(1, SCHOOL, "SV,01\"x", 1, OFFER),
                        new PreferenceRow(3, SCHOOL, "SV02", 10, OFFER)),
                rows);
        assertEquals(0, parser.errorCount());
    }

    @Test
    void malformedCsvRowsAreCountedByLineAndLeftOut() {
        PreferenceUploadParser parser = new PreferenceUploadParser();
        String csv = PreferenceUploadParser.CSV_HEADER + "\n"
                + "not-a-uuid,SV01,1," + OFFER + "\n"
                + SCHOOL + ",SV01,0," + OFFER + "\n"
                + SCHOOL + ",SV01,51," + OFFER + "\n"
                + SCHOOL + ",SV\u000001,1," + OFFER + "\n"
                + SCHOOL + ",\"SV01,1," + OFFER + "\n"
                + SCHOOL + ",SV01,1\n"
                + SCHOOL + ",,1," + OFFER + "\n";
        assertEquals(List.of(), parse(parser, csv, PreferenceUploadParser.Format.CSV));
        assertEquals(7, parser.errorCount());
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L),
                parser.errors().stream().map(RowError::line).toList());
    }

    @Test
    void aWrongHeaderRefusesTheWholeUpload() {
        PreferenceUploadParser parser = new PreferenceUploadParser();
        assertEquals(
                List.of(),
                parse(parser, "offerId,studentId\n" + SCHOOL + ",SV01,1," + OFFER, PreferenceUploadParser.Format.CSV));
        assertEquals(0, parser.errors().get(0).line());
    }

    @Test
    void ndjsonTakesExactlyTheFourMembersWithTheirTypes() {
        PreferenceUploadParser parser = new PreferenceUploadParser();
        String ok = "{\"schoolId\":\"" + SCHOOL + "\",\"studentId\":\"SV01\",\"rank\":2,\"offerId\":\"" + OFFER + "\"}";
        String text = ok + "\n"
                + ok.replace("2,", "\"2\",") + "\n"
                + ok.replace("}", ",\"extra\":1}") + "\n"
                + ok.replace("\"rank\":2", "\"rank\":99999999999") + "\n"
                + "[1,2]\n"
                + "{\"schoolId\":\"" + SCHOOL + "\",\"studentId\":null,\"rank\":1,\"offerId\":\"" + OFFER + "\"}\n";
        List<PreferenceRow> rows = parse(parser, text, PreferenceUploadParser.Format.NDJSON);
        assertEquals(List.of(new PreferenceRow(1, SCHOOL, "SV01", 2, OFFER)), rows);
        assertEquals(5, parser.errorCount());
    }

    @Test
    void anNdjsonLineThatIsNotJsonMakesTheUploadMalformed() {
        String ok = "{\"schoolId\":\"" + SCHOOL + "\",\"studentId\":\"SV01\",\"rank\":2,\"offerId\":\"" + OFFER + "\"}";
        for (String broken : List.of(
                ok.replace("\"rank\":2", "\"rank\":2,\"rank\":3"),
                ok + " trailing",
                ok.substring(0, 20),
                "[".repeat(5000))) {
            DomainException e = assertThrows(
                    DomainException.class,
                    () -> parse(
                            new PreferenceUploadParser(),
                            ok + "\n" + broken + "\n",
                            PreferenceUploadParser.Format.NDJSON));
            assertEquals(PlatformProblems.MALFORMED_BODY, e.type());
            assertTrue(e.getMessage().contains("Line 2"), e.getMessage());
        }
    }

    @Test
    void onlyTheFirstHundredErrorsAreKeptButAllAreCounted() {
        PreferenceUploadParser parser = new PreferenceUploadParser();
        String text = "1,2\n".repeat(250);
        parse(parser, PreferenceUploadParser.CSV_HEADER + "\n" + text, PreferenceUploadParser.Format.CSV);
        assertEquals(250, parser.errorCount());
        assertEquals(RoundLimits.MAX_ROW_ERRORS, parser.errors().size());
    }

    @Test
    void unclosedQuotesAreNotAField() {
        assertNull(PreferenceUploadParser.csvFields("a,\"b"));
        assertEquals(List.of("a", "", "c"), PreferenceUploadParser.csvFields("a,,c"));
    }
}
