package vn.practica.catalog.curriculum.oneroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    /** Serves one character per read, so every lookahead crosses a buffer refill. */
    private static Reader oneCharAtATime(String text) {
        return new StringReader(text) {
            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                return super.read(buffer, offset, Math.min(length, 1));
            }
        };
    }

    private static List<CsvRecord> streamed(Reader in) {
        CsvParser parser = new CsvParser(in);
        List<CsvRecord> records = new ArrayList<>();
        for (Optional<CsvRecord> r = parser.next(); r.isPresent(); r = parser.next()) {
            records.add(r.get());
        }
        return records;
    }

    @Test
    void readsQuotedCommasQuotesAndLineBreaksKeepingLineNumbersOfTheFile() {
        String text = "\uFEFFsourcedId,title\r\n"
                + "C-1,\"Lập trình, cơ bản\"\r\n"
                + "C-2,\"Dòng một\r\ndòng hai \"\"trích\"\"\"\r\n"
                + "C-3,Cuối\r\n";
        List<CsvRecord> records = CsvParser.parse(text);
        assertEquals(List.of("sourcedId", "title"), records.get(0).fields());
        assertEquals(List.of("C-1", "Lập trình, cơ bản"), records.get(1).fields());
        assertEquals(
                List.of("C-2", "Dòng một\r\ndòng hai \"trích\""), records.get(2).fields());
        assertEquals(List.of(1, 2, 3, 5), records.stream().map(CsvRecord::line).toList());
        assertEquals(records, streamed(oneCharAtATime(text)));
    }

    @Test
    void acceptsLfOnlyNoFinalNewlineAndEmptyFields() {
        List<CsvRecord> records = CsvParser.parse("a,b,c\n,,\nx,\"\",z");
        assertEquals(List.of("", "", ""), records.get(1).fields());
        assertEquals(List.of("x", "", "z"), records.get(2).fields());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void skipsEmptyLinesButCountsThem() {
        List<CsvRecord> records = CsvParser.parse("h\n\nv\n");
        assertEquals(2, records.size());
        assertEquals(3, records.get(1).line());
    }

    @Test
    void reportsTextAfterAClosingQuoteAndGoesOnWithTheNextRecord() {
        List<CsvRecord> records = CsvParser.parse("h1,h2\n\"a\"b,c\nd,e\n");
        assertTrue(records.get(1).isMalformed());
        assertEquals(2, records.get(1).line());
        assertFalse(records.get(2).isMalformed());
        assertEquals(List.of("d", "e"), records.get(2).fields());
    }

    @Test
    void reportsAnUnterminatedQuoteOnce() {
        List<CsvRecord> records = CsvParser.parse("h\n\"open\nmore\n");
        assertEquals(2, records.size());
        assertTrue(records.get(1).isMalformed());
    }

    @Test
    void keepsAQuoteInsideAnUnquotedField() {
        assertEquals(List.of("5\" screen"), CsvParser.parse("5\" screen").get(0).fields());
    }

    @Test
    void reportsALineLongerThanTheCapWithoutKeepingItAndReadsTheNextOne() {
        String longTitle = "Tiêu đề \"dài\" ".repeat(CsvParser.MAX_RECORD_CHARS / 10);
        String text = "id,title\r\nC-1," + longTitle + "\r\nC-2,\"ngắn, gọn\"\r\n";
        List<CsvRecord> records = streamed(oneCharAtATime(text));
        assertEquals(3, records.size());
        assertEquals(
                new CsvRecord(2, List.of(), "line longer than " + CsvParser.MAX_RECORD_CHARS + " characters"),
                records.get(1));
        assertEquals(new CsvRecord(3, List.of("C-2", "ngắn, gọn"), null), records.get(2));
    }

    @Test
    void readsOneRecordAtATimeFromAnEndlessText() {
        RepeatedLines endless = new RepeatedLines("id,title", "C-1,\"Lập trình\"");
        CsvParser parser = new CsvParser(endless);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(parser.next().isPresent());
        }
        assertTrue(endless.charsServed() < 1_000 * 20 + 8192);
    }
}
