package vn.practica.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.practica.devkit.DevTokens;

/** One dev token per role, for a typical user of each kind of organization, as shell exports. */
final class RoleTokens {
    static final Duration LIFETIME = Duration.ofHours(12);

    private RoleTokens() {}

    /** Variable name to token, in the order the banner lists them. */
    static Map<String, String> mint(DevTokens tokens) {
        Map<String, String> byVariable = new LinkedHashMap<>();
        byVariable.put("PRACTICA_TOKEN_STATE", tokens.mint("officer-most", "state", "MOST", LIFETIME));
        byVariable.put("PRACTICA_TOKEN_SCHOOL", tokens.mint("staff-hust", "school", "SCHOOL-HUST", LIFETIME));
        byVariable.put("PRACTICA_TOKEN_BUSINESS", tokens.mint("hr-vng", "business", "BIZ-VNG", LIFETIME));
        byVariable.put("PRACTICA_TOKEN_STUDENT", tokens.mint("student-hust-0001", "student", "SCHOOL-HUST", LIFETIME));
        return byVariable;
    }

    static String exports(Map<String, String> tokens) {
        StringBuilder lines = new StringBuilder();
        tokens.forEach((variable, token) -> lines.append("export ")
                .append(variable)
                .append('=')
                .append(token)
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
