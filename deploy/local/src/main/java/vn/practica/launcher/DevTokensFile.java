package vn.practica.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

/** {@code .practica/dev-tokens.env}: the dev shell variables (tokens, demo ids, URLs) as exports to source. */
final class DevTokensFile {
    static final Duration LIFETIME = Duration.ofHours(12);

    private DevTokensFile() {}

    static String exports(Map<String, String> variables) {
        StringBuilder lines = new StringBuilder();
        variables.forEach((variable, value) -> lines.append("export ")
                .append(variable)
                .append('=')
                .append(value)
                .append(System.lineSeparator()));
        return lines.toString();
    }

    /** Owner-only where the file system allows it: the tokens are valid credentials for half a day. */
    static void write(Path file, String exports) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, exports);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the default permissions are the best we can do.
        }
    }
}
