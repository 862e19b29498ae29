package vn.practica.catalog.curriculum.oneroster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.practica.platform.problem.DomainException;

/**
 * Reads a bundle zip held in memory. Only top-level entries named in {@code wanted} are decoded (strict UTF-8);
 * every other entry is read through without being kept, and its name is only reported, never used as a path.
 * Every inflated byte counts against the limit, so a zip bomb is stopped after at most that many bytes.
 */
public final class BundleReader {
    private static final int MAX_NAME_LENGTH = 255;

    private final BundleLimits limits;
    private final byte[] buffer = new byte[8192];
    private long inflated;

    private BundleReader(BundleLimits limits) {
        this.limits = limits;
    }

    public static BundleEntries read(byte[] zip, Set<String> wanted, BundleLimits limits) {
        if (!looksLikeZip(zip)) {
            throw new DomainException(OneRosterProblems.NOT_A_ZIP, "The body is not a zip archive");
        }
        try {
            return new BundleReader(limits).entries(zip, wanted);
        } catch (IOException | IllegalArgumentException e) {
            // ZipInputStream reports corrupt data as ZipException and bad name encodings as IllegalArgumentException
            throw new DomainException(OneRosterProblems.NOT_A_ZIP, "The zip archive cannot be read: " + e.getMessage());
        }
    }

    /** Local file header, or the end record of an empty archive. */
    private static boolean looksLikeZip(byte[] zip) {
        return zip.length >= 4 && zip[0] == 'P' && zip[1] == 'K' && (zip[2] == 3 || zip[2] == 5);
    }

    private BundleEntries entries(byte[] zip, Set<String> wanted) throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<String> others = new ArrayList<>();
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++count > limits.maxEntries()) {
                    throw tooLarge("more than " + limits.maxEntries() + " entries in the zip archive");
                }
                String name = entry.getName();
                byte[] content = readEntry(in, !entry.isDirectory() && wanted.contains(name));
                if (entry.isDirectory()) {
                    continue;
                }
                if (content == null) {
                    others.add(shortened(name));
                } else if (texts.put(name, utf8(name, content)) != null) {
                    throw new DomainException(OneRosterProblems.UNUSABLE, name + " appears twice in the bundle");
                }
            }
        }
        return new BundleEntries(texts, others);
    }

    /** The entry's bytes when kept, else null after reading it through (so its size still counts). */
    private byte[] readEntry(InputStream in, boolean keep) throws IOException {
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            inflated += n;
            if (inflated > limits.maxUncompressedBytes()) {
                throw tooLarge("the bundle inflates to more than " + limits.maxUncompressedBytes() + " bytes");
            }
            if (kept != null) {
                kept.write(buffer, 0, n);
            }
        }
        return kept == null ? null : kept.toByteArray();
    }

    /** Invalid UTF-8 refuses the whole bundle (400), as the JSON curriculum sync does for its body. */
    private static String utf8(String name, byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DomainException(OneRosterProblems.NOT_UTF8, name + " is not valid UTF-8");
        }
    }

    private static String shortened(String name) {
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH) + "…";
    }

    static DomainException tooLarge(String detail) {
        return new DomainException(OneRosterProblems.TOO_LARGE, detail);
    }
}
