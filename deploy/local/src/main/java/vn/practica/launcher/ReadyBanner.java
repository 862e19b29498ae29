package vn.practica.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.practica.devkit.DevTokens;
import vn.practica.devkit.PracticaStack;

/** What a developer needs once the suite is up: URLs, startup times and a token per role. */
final class ReadyBanner {
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final PracticaStack stack;
    private final Path root;

    ReadyBanner(PracticaStack stack, Path root) {
        this.stack = stack;
        this.root = root;
    }

    void print() {
        StringBuilder out = new StringBuilder("\nPractica is up.\n\n");
        for (String service : new String[] {"catalog", "placement", "reporting"}) {
            var process = stack.service(service);
            out.append(String.format(
                    "  %-18s %s/api/v1  swagger %s/q/swagger-ui  openapi %s/q/openapi  (ready in %d ms)%n",
                    process.name(),
                    process.baseUrl(),
                    process.baseUrl(),
                    process.baseUrl(),
                    stack.startupTimes().get(process.name()).toMillis()));
        }
        out.append("  kafka              ")
                .append(stack.broker().bootstrapServers())
                .append(" (data in .practica/kafka)\n");
        out.append("  health             <service>/q/health/ready\n");
        out.append("  dashboard          not built yet (reporting roadmap)\n\nDev tokens (12 h):\n");
        Map<String, String> tokens = tokens();
        tokens.forEach((name, token) ->
                out.append("  ").append(name).append('=').append(token).append('\n'));
        writeTokens(tokens);
        out.append("\nsource .practica/dev-tokens.env && curl -H \"Authorization: Bearer $PRACTICA_TOKEN_STATE\" ")
                .append(stack.service("reporting").baseUrl())
                .append("/api/v1/kpis/fields\n");
        out.append("Press Ctrl-C to stop everything.\n");
        System.out.println(out);
    }

    private Map<String, String> tokens() {
        DevTokens tokens = stack.tokens();
        Map<String, String> byRole = new LinkedHashMap<>();
        byRole.put("PRACTICA_TOKEN_STATE", tokens.mint("officer-most", "state", "MOST", TOKEN_LIFETIME));
        byRole.put("PRACTICA_TOKEN_SCHOOL", tokens.mint("staff-hust", "school", "SCHOOL-HUST", TOKEN_LIFETIME));
        byRole.put("PRACTICA_TOKEN_BUSINESS", tokens.mint("hr-vng", "business", "BIZ-VNG", TOKEN_LIFETIME));
        byRole.put("PRACTICA_TOKEN_STUDENT", tokens.mint("student-0001", "student", "SCHOOL-HUST", TOKEN_LIFETIME));
        return byRole;
    }

    private void writeTokens(Map<String, String> tokens) {
        StringBuilder env = new StringBuilder();
        tokens.forEach((name, token) ->
                env.append("export ").append(name).append('=').append(token).append('\n'));
        try {
            Files.writeString(root.resolve(".practica/dev-tokens.env"), env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
