package vn.practica.catalog.curriculum.oneroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.practica.platform.http.LimitedInputStream;
import vn.practica.platform.problem.DomainException;

class BundleReaderTest {
    private static final BundleLimits LIMITS = new BundleLimits(1 << 20, 1 << 20, 10);
    private static final Set<String> WANTED = Set.of("manifest.csv", "courses.csv");

    private static BundleReader open(byte[] zip) {
        return open(new ByteArrayInputStream(zip));
    }

    private static BundleReader open(InputStream body) {
        return BundleReader.open(body, WANTED, LIMITS);
    }

    private static String text(BundleReader bundle, String name, long maxBytes) {
        try (Reader in = bundle.text(name, maxBytes).orElseThrow()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[100];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DomainException refusal(Executable read) {
        return assertThrows(DomainException.class, read);
    }

    @Test
    void readsTheWantedTopLevelFilesAndNamesTheOthers() {
        byte[] zip = BundleZip.bundle()
                .file("manifest.csv", "m")
                .file("users.csv", "u")
                .file("nested/courses.csv", "n")
                .file("../../etc/passwd", "x")
                .zip();
        try (BundleReader bundle = open(zip)) {
            assertEquals("m", text(bundle, "manifest.csv", 10));
            assertFalse(bundle.contains("courses.csv"));
            assertTrue(bundle.text("courses.csv", 10).isEmpty());
            assertEquals(List.of("users.csv", "nested/courses.csv", "../../etc/passwd"), bundle.otherNames());
        }
    }

    @Test
    void deletesItsSpooledCopyWhenClosed() {
        BundleReader bundle = open(BundleZip.bundle().file("manifest.csv", "m").zip());
        Path spooled = bundle.spooledFile();
        assertTrue(Files.exists(spooled));
        bundle.close();
        assertFalse(Files.exists(spooled));
    }

    @Test
    void refusesAZipBombByItsDeclaredSizeEvenInAnIgnoredFile() {
        byte[] zip = BundleZip.bundle().file("users.csv", new byte[2 << 20]).zip();
        DomainException e = refusal(() -> open(zip));
        assertEquals(OneRosterProblems.TOO_LARGE, e.type());
        assertEquals("the bundle inflates to more than 1048576 bytes", e.getMessage());
    }

    @Test
    void stopsAUsedFileAtItsOwnCapWhileReadingIt() {
        try (BundleReader bundle =
                open(BundleZip.bundle().file("manifest.csv", "x".repeat(5000)).zip())) {
            DomainException e = refusal(() -> text(bundle, "manifest.csv", 4096));
            assertEquals(OneRosterProblems.TOO_LARGE, e.type());
            assertEquals("manifest.csv is larger than 4096 bytes", e.getMessage());
        }
    }

    @Test
    void capsTheNumberOfEntries() {
        BundleZip bundle = BundleZip.bundle();
        for (int i = 0; i < 11; i++) {
            bundle.file("f" + i + ".csv", "x");
        }
        byte[] zip = bundle.zip();
        assertEquals(OneRosterProblems.TOO_LARGE, refusal(() -> open(zip)).type());
    }

    @Test
    void refusesABodyOverTheCompressedLimitAndTheHttpLayersCutAlike() {
        byte[] noise = new byte[(1 << 20) + 1];
        assertEquals(OneRosterProblems.TOO_LARGE, refusal(() -> open(noise)).type());
        byte[] zip = BundleZip.bundle().file("manifest.csv", "m").zip();
        InputStream cut = new LimitedInputStream(new ByteArrayInputStream(zip), 20, OptionalLong.empty());
        DomainException e = refusal(() -> open(cut));
        assertEquals(OneRosterProblems.TOO_LARGE, e.type());
        assertEquals("The bundle is larger than 1048576 bytes", e.getMessage());
    }

    @Test
    void refusesWhatIsNotAZipAndInvalidUtf8() {
        byte[] text = "sourcedId,title".getBytes(StandardCharsets.UTF_8);
        assertEquals(OneRosterProblems.NOT_A_ZIP, refusal(() -> open(text)).type());
        byte[] truncated = BundleZip.bundle().file("manifest.csv", "m").zip();
        byte[] head = java.util.Arrays.copyOf(truncated, truncated.length - 10);
        assertEquals(OneRosterProblems.NOT_A_ZIP, refusal(() -> open(head)).type());
        byte[] zip = BundleZip.bundle()
                .file("courses.csv", new byte[] {'a', (byte) 0xC3, (byte) 0x28})
                .zip();
        try (BundleReader bundle = open(zip)) {
            DomainException e = refusal(() -> text(bundle, "courses.csv", 100));
            assertEquals(OneRosterProblems.NOT_UTF8, e.type());
            assertEquals("courses.csv is not valid UTF-8", e.getMessage());
        }
    }

    @Test
    void refusesAUsedFileNamedTwice() {
        byte[] zip = BundleZip.bundle()
                .file("courses.csv", "a")
                .file("coursez.csv", "b")
                .zip();
        // ZipOutputStream refuses a name twice; renaming in place keeps every offset and checksum valid.
        String bytes = new String(zip, StandardCharsets.ISO_8859_1).replace("coursez.csv", "courses.csv");
        byte[] twice = bytes.getBytes(StandardCharsets.ISO_8859_1);
        DomainException e = refusal(() -> open(twice));
        assertEquals(OneRosterProblems.UNUSABLE, e.type());
        assertEquals("courses.csv appears twice in the bundle", e.getMessage());
    }
}
