package vn.practica.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void foldsToneAndVowelMarks() {
        assertEquals("du lich", SearchText.fold("Du lịch"));
        assertEquals("cong nghe thong tin", SearchText.fold("Công nghệ thông tin"));
        assertEquals("thuong mai dien tu", SearchText.fold("Thương mại điện tử"));
    }

    @Test
    void foldsTheLetterDWithStroke() {
        assertEquals("da nang", SearchText.fold("Đà Nẵng"));
        assertEquals("dai hoc", SearchText.fold("đại học"));
    }

    @Test
    void collapsesSpacesAndIgnoresMissingTexts() {
        assertEquals("cang sai gon 0301234567", SearchText.of("  Cảng   Sài Gòn ", null, "0301234567"));
    }

    @Test
    void decomposedAndPrecomposedInputFoldAlike() {
        String precomposed = "Hồ Chí Minh";
        String decomposed = java.text.Normalizer.normalize(precomposed, java.text.Normalizer.Form.NFD);
        assertEquals(SearchText.fold(precomposed), SearchText.fold(decomposed));
        assertTrue(SearchText.fold(decomposed).contains("ho chi minh"));
    }
}
