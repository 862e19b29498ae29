package vn.practica.catalog.curriculum.oneroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.DomainException;

class BundleReaderTest {
    private static final BundleLimits LIMITS = new BundleLimits(1 << 20, 1 << 20, 10);
    private static final Set<String> WANTED = Set.of("manifest.csv", "courses.csv");

    @Test
    void keepsTheWantedTopLevelFilesAndNamesTheOthers() {
        byte[] zip = BundleZip.bundle()
                .file("manifest.csv", "m")
                .file("users.csv", "u")
                .file("nested/courses.csv", "n")
                .file("../../etc/passwd", "x")
                .zip();
        BundleEntries entries = BundleReader.read(zip, WANTED, LIMITS);
        assertEquals(Optional.of("m"), entries.text("manifest.csv"));
        assertEquals(Optional.empty(), entries.text("courses.csv"));
        assertEquals(List.of("users.csv", "nested/courses.csv", "../../etc/passwd"), entries.otherNames());
    }

    @Test
    void stopsAZipBombAtTheUncompressedLimitEvenInAnIgnoredFile() {
        byte[] zip = BundleZip.bundle().file("users.csv", new byte[2 << 20]).zip();
        assertEquals(
                413,
                assertThrows(DomainException.class, () -> BundleReader.read(zip, WANTED, LIMITS))
                        .type()
                        .kind()
                        .status());
    }

    @Test
    void capsTheNumberOfEntries() {
        BundleZip bundle = BundleZip.bundle();
        for (int i = 0; i < 11; i++) {
            bundle.file("f" + i + ".csv", "x");
        }
        byte[] zip = bundle.zip();
        assertEquals(
                413,
                assertThrows(DomainException.class, () -> BundleReader.read(zip, WANTED, LIMITS))
                        .type()
                        .kind()
                        .status());
    }

    @Test
    void refusesWhatIsNotAZipAndInvalidUtf8() {
        byte[] text = "sourcedId,title".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                400,
                assertThrows(DomainException.class, () -> BundleReader.read(text, WANTED, LIMITS))
                        .type()
                        .kind()
                        .status());
        byte[] zip = BundleZip.bundle()
                .file("courses.csv", new byte[] {'a', (byte) 0xC3, (byte) 0x28})
                .zip();
        DomainException e = assertThrows(DomainException.class, () -> BundleReader.read(zip, WANTED, LIMITS));
        assertEquals(400, e.type().kind().status());
        assertEquals("courses.csv is not valid UTF-8", e.getMessage());
    }
}
