package vn.practica.catalog.curriculum.oneroster;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.practica.platform.problem.DomainException;

/**
 * A bundle zip spooled to a temporary file (at most the compressed limit; deleted on {@link #close()}), whose
 * used files are read as streams, never held whole. Only top-level entries named in {@code wanted} are ever
 * inflated, as strict UTF-8; every other entry is only named, never used as a path. Every inflated byte counts
 * against the uncompressed limit, together with the sizes the zip declares for the entries it does not inflate,
 * so a zip bomb is refused from its directory or stopped after at most that many bytes.
 */
public final class BundleReader implements AutoCloseable {
    private static final int MAX_NAME_LENGTH = 255;
    /** A name as listed: longer ones are cut to 255 characters and an ellipsis. */
    static final int MAX_SHOWN_NAME = MAX_NAME_LENGTH + 1;

    private final Path file;
    private final ZipFile zip;
    private final BundleLimits limits;
    private final Map<String, ZipEntry> used = new HashMap<>();
    private final List<String> otherNames = new ArrayList<>();
    private long inflated;

    private BundleReader(Path file, ZipFile zip, BundleLimits limits) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
    }

    /** Spools {@code body} and reads the zip's directory; the caller closes the reader. */
    public static BundleReader open(InputStream body, Set<String> wanted, BundleLimits limits) {
        Path file = BundleSpool.spool(body, limits.maxCompressedBytes());
        BundleReader reader;
        try {
            reader = new BundleReader(file, openZip(file), limits);
        } catch (RuntimeException e) {
            BundleSpool.delete(file);
            throw e;
        }
        try {
            reader.index(wanted);
            return reader;
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static ZipFile openZip(Path file) {
        if (!BundleSpool.looksLikeZip(file)) {
            throw new DomainException(OneRosterProblems.NOT_A_ZIP, "The body is not a zip archive");
        }
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw notReadable(e);
        }
    }

    private void index(Set<String> wanted) {
        if (zip.size() > limits.maxEntries()) {
            throw tooLarge("more than " + limits.maxEntries() + " entries in the zip archive");
        }
        long declared = 0;
        for (ZipEntry entry : zip.stream().toList()) {
            declared += Math.max(entry.getSize(), 0);
            if (entry.isDirectory()) {
                continue;
            }
            String name = entry.getName();
            if (!wanted.contains(name)) {
                otherNames.add(shortened(name));
                inflated += Math.max(entry.getSize(), 0);
            } else if (used.put(name, entry) != null) {
                throw new DomainException(OneRosterProblems.UNUSABLE, name + " appears twice in the bundle");
            }
        }
        if (declared > limits.maxUncompressedBytes()) {
            throw tooLarge("the bundle inflates to more than " + limits.maxUncompressedBytes() + " bytes");
        }
    }

    /** Names of the entries that are not used (directories aside), in the zip's order. */
    public List<String> otherNames() {
        return otherNames;
    }

    /** Whether the bundle has the used file {@code name} at its top level. */
    public boolean contains(String name) {
        return used.containsKey(name);
    }

    /**
     * The used file {@code name} as text, read as it is consumed, if the bundle has it. Reading it may refuse the
     * bundle: not UTF-8 (400), unreadable (400), more than {@code maxBytes} or past the uncompressed limit (413).
     */
    public Optional<Reader> text(String name, long maxBytes) {
        ZipEntry entry = used.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            InputStream inflating = new CountedEntry(name, zip.getInputStream(entry), maxBytes);
            return Optional.of(new EntryReader(name, inflating));
        } catch (IOException e) {
            throw notReadable(e);
        }
    }

    /** The spooled copy of the zip, for tests that check it is deleted. */
    Path spooledFile() {
        return file;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            BundleSpool.delete(file);
        }
    }

    private static String shortened(String name) {
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH) + "…";
    }

    static DomainException tooLarge(String detail) {
        return new DomainException(OneRosterProblems.TOO_LARGE, detail);
    }

    private static DomainException notReadable(IOException e) {
        return new DomainException(OneRosterProblems.NOT_A_ZIP, "The zip archive cannot be read: " + e.getMessage());
    }

    /** An entry's inflated bytes, counted against its own cap and the bundle's uncompressed limit. */
    private final class CountedEntry extends FilterInputStream {
        private final String name;
        private final long maxBytes;
        private long read;

        CountedEntry(String name, InputStream in, long maxBytes) {
            super(in);
            this.name = name;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                inflated += n;
                if (read > maxBytes) {
                    throw tooLarge(name + " is larger than " + maxBytes + " bytes");
                }
                if (inflated > limits.maxUncompressedBytes()) {
                    throw tooLarge("the bundle inflates to more than " + limits.maxUncompressedBytes() + " bytes");
                }
            }
            return n;
        }
    }

    /** Strict UTF-8 text of an entry; read failures become the bundle's problems. */
    private static final class EntryReader extends Reader {
        private final String name;
        private final Reader decoded;

        EntryReader(String name, InputStream inflating) {
            this.name = name;
            this.decoded = new InputStreamReader(
                    inflating,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            try {
                return decoded.read(buffer, offset, length);
            } catch (CharacterCodingException e) {
                // Invalid UTF-8 refuses the whole bundle (400), as the JSON curriculum sync does for its body.
                throw new DomainException(OneRosterProblems.NOT_UTF8, name + " is not valid UTF-8");
            } catch (IOException e) {
                throw notReadable(e);
            }
        }

        @Override
        public void close() throws IOException {
            decoded.close();
        }
    }
}
