package vn.practica.catalog.curriculum.oneroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

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
}
