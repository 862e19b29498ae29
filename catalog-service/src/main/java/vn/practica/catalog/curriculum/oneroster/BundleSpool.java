package vn.practica.catalog.curriculum.oneroster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.practica.platform.http.BodyTooLargeException;

/**
 * Copies an uploaded bundle to a temporary file (owner-only, in {@code java.io.tmpdir}), reading at most one
 * byte past the compressed limit, so the zip can be read by its directory without sitting in the heap.
 */
final class BundleSpool {
    private BundleSpool() {}

    static Path spool(InputStream body, long maxBytes) {
        Path file = createFile();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n = read(body, buffer, maxBytes - total); n >= 0; n = read(body, buffer, maxBytes - total)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return file;
        } catch (BodyTooLargeException e) {
            // The HTTP layer stopped the body at this endpoint's limit, which is the bundle limit.
            delete(file);
            throw tooLarge(maxBytes);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Reads at most one byte more than {@code remaining}, enough to tell that the limit is passed. */
    private static int read(InputStream body, byte[] buffer, long remaining) throws IOException {
        return body.read(buffer, 0, (int) Math.min(buffer.length, remaining + 1));
    }

    /** A local file header, or the end record of an empty archive. */
    static boolean looksLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createFile() {
        try {
            return Files.createTempFile("oneroster-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeException tooLarge(long maxBytes) {
        return BundleReader.tooLarge("The bundle is larger than " + maxBytes + " bytes");
    }
}
