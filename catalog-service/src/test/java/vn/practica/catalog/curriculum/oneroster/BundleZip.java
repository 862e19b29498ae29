package vn.practica.catalog.curriculum.oneroster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds OneRoster CSV bundles (zips) in memory for tests. */
public final class BundleZip {
    public static final String ORGS_HEADER = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId";
    public static final String COURSES_HEADER = "sourcedId,status,dateLastModified,schoolYearSourcedId,title,"
            + "courseCode,grades,orgSourcedId,subjects,subjectCodes";

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public static BundleZip bundle() {
        return new BundleZip();
    }

    /** A 1.2 manifest declaring courses and orgs with the given modes, everything else absent. */
    public BundleZip manifest(String coursesMode, String orgsMode) {
        return file(
                "manifest.csv",
                "propertyName,value\r\nmanifest.version,1.0\r\noneroster.version,1.2\r\nfile.courses," + coursesMode
                        + "\r\nfile.orgs," + orgsMode + "\r\nfile.users,absent\r\nfile.classes,absent\r\n");
    }

    /** orgs.csv with the school (sourcedId ORG-1) carrying {@code identifier}, and a foreign school ORG-2. */
    public BundleZip orgs(String identifier) {
        return file(
                "orgs.csv",
                ORGS_HEADER + "\r\nORG-1,,,\"Trường Đại học Bách khoa, Hà Nội\",school," + identifier
                        + ",\r\nORG-2,,,Trường khác,school,OTHER1,\r\n");
    }

    /** courses.csv: the standard header and the given lines, CRLF-separated. */
    public BundleZip courses(String... lines) {
        return file("courses.csv", COURSES_HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n");
    }

    public BundleZip file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public BundleZip file(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
