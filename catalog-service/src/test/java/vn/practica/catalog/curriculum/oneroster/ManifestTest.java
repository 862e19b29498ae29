package vn.practica.catalog.curriculum.oneroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.DomainException;

class ManifestTest {
    private static final String VERSIONS = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n";

    @Test
    void readsFileModesAndTreatsUnlistedFilesAsAbsent() {
        Manifest manifest = Manifest.parse(VERSIONS + "file.courses,delta\nfile.orgs,bulk\nsource.systemName,SIS\n");
        assertEquals(FileMode.delta, manifest.mode("courses.csv"));
        assertEquals(FileMode.bulk, manifest.mode("orgs.csv"));
        assertEquals(FileMode.absent, manifest.mode("users.csv"));
    }

    @Test
    void toleratesColumnOrderAndBom() {
        Manifest manifest = Manifest.parse(
                "\uFEFFvalue,propertyName\r\n1.0,manifest.version\r\n1.2,oneroster.version\r\nbulk,file.courses\r\n");
        assertEquals(FileMode.bulk, manifest.mode("courses.csv"));
    }

    @Test
    void refusesAnotherOneRosterVersion() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> Manifest.parse("propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n"));
        assertEquals(422, e.type().kind().status());
    }

    @Test
    void refusesAnUnknownFileMode() {
        DomainException e =
                assertThrows(DomainException.class, () -> Manifest.parse(VERSIONS + "file.courses,partial\n"));
        assertEquals(422, e.type().kind().status());
    }

    @Test
    void refusesAManifestWithoutItsHeader() {
        assertEquals(
                422,
                assertThrows(DomainException.class, () -> Manifest.parse(""))
                        .type()
                        .kind()
                        .status());
        assertEquals(
                422,
                assertThrows(DomainException.class, () -> Manifest.parse("name,val\nmanifest.version,1.0\n"))
                        .type()
                        .kind()
                        .status());
    }
}
