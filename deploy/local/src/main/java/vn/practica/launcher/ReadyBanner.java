package vn.practica.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.practica.devkit.DemoSeeder;
import vn.practica.devkit.DevShellEnvironment;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceProcess;
import vn.practica.events.Topics;

/** What a developer needs once the suite is up: where the data is, URLs, logs, demo partners and tokens. */
final class ReadyBanner {
    private final PracticaStack stack;
    private final LaunchSettings settings;
    private final PostgresServer postgres;
    private final List<DemoSeeder.Seeded> demo;
    private final StringBuilder out = new StringBuilder();
    private final PrintStream console;

    ReadyBanner(
            PracticaStack stack,
            LaunchSettings settings,
            PostgresServer postgres,
            List<DemoSeeder.Seeded> demo,
            PrintStream console) {
        this.console = console;
        this.stack = stack;
        this.settings = settings;
        this.postgres = postgres;
        this.demo = demo;
    }

    /** Writes the tokens file first, so the banner never advertises a file that is not there. */
    void print(Duration brokerTime, Duration totalTime) {
        String exports = DevTokensFile.exports(DevShellEnvironment.of(stack, DevTokensFile.LIFETIME));
        try {
            DevTokensFile.write(settings.tokensFile(), exports);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + settings.tokensFile(), e);
        }
        line("");
        line("Practica is up in %s.", seconds(totalTime));
        line("");
        appendPostgres();
        appendBroker(brokerTime);
        if (stack.instanceCount() > 1) {
            line(
                    "%d instances of each service: one database and one broker, each instance on its own port"
                            + " (the first's + %d per instance); any of them answers any request",
                    stack.instanceCount(), PracticaStack.INSTANCE_PORT_STEP);
            line("");
        }
        stack.processes().forEach(this::appendService);
        line("dashboard: not built yet (reporting roadmap)");
        line("");
        appendDemoOrganizations();
        appendTokens(exports);
        line("Press Ctrl-C to stop everything.");
        console.print(out);
        console.flush();
    }

    private void appendPostgres() {
        line("PostgreSQL: %s", postgres.description());
        if (postgres.embedded()) {
            line(
                    "  server     %s:%d, user postgres",
                    postgres.databases().host(), postgres.databases().port());
            line("  log        %s", settings.shown(settings.postgresLog()));
        }
        line(
                "  databases  %s",
                LaunchSettings.SERVICES.stream().map(stack::databaseOf).collect(Collectors.joining(", ")));
        line("");
    }

    private void appendBroker(Duration brokerTime) {
        line("Kafka broker (KRaft, in this JVM)   ready in %s", seconds(brokerTime));
        line("  bootstrap  %s", stack.broker().bootstrapServers());
        line(
                "  topics     %s, %d partitions each when created (PRACTICA_KAFKA_PARTITIONS)",
                String.join(", ", Topics.all()), stack.broker().partitions());
        line("  data       %s", settings.shown(settings.stateDir().resolve("kafka")));
        line("  log        %s", settings.shown(settings.brokerLog()));
        line("");
    }

    private void appendService(ServiceProcess process) {
        String base = process.baseUrl();
        Map<String, Duration> times = stack.startupTimes();
        line("%-34s  ready in %s (pid %d)", process.name(), seconds(times.get(process.name())), process.pid());
        line("  API        %s/api/v1", base);
        line("  Swagger UI %s/q/swagger-ui", base);
        line("  OpenAPI    %s/q/openapi", base);
        line("  health     %s/q/health/ready", base);
        line("  log        %s", settings.shown(process.logFile()));
        line("");
    }

    private void appendDemoOrganizations() {
        if (demo.isEmpty()) {
            return;
        }
        line("Demo partners in the directory (README, \"First steps\"):");
        for (DemoSeeder.Seeded seeded : demo) {
            line(
                    "  %-8s  %-10s  %-36s  %s, %s",
                    seeded.demo().kind().toLowerCase(Locale.ROOT),
                    seeded.demo().identifier(),
                    seeded.directoryId(),
                    seeded.status(),
                    seeded.registeredNow() ? "registered now" : "already there");
            if (!seeded.hasDemoId()) {
                line("    ! %s", idMismatch(seeded));
            }
        }
        line("");
    }

    /** Someone registered the demo identifier first, under an id of their own. */
    private static String idMismatch(DemoSeeder.Seeded seeded) {
        return String.format(
                "its tokens carry org %s, not this id, so its own writes answer 403; the State may reject this"
                        + " registration (POST /api/v1/organizations/%s/reject) and the next ./practica up"
                        + " registers the demo one",
                seeded.demo().id(), seeded.directoryId());
    }

    private void appendTokens(String exports) {
        line(
                "Dev tokens (valid %d h), demo ids and URLs, also in %s (./practica tokens):",
                DevTokensFile.LIFETIME.toHours(), shownTokens());
        out.append(exports);
        line("");
        line("Try (more in the README, \"First steps\"):");
        line("  source %s", shownTokens());
        line(
                "  curl -H \"Authorization: Bearer $PRACTICA_TOKEN_STUDENT\" \"$PRACTICA_CATALOG_URL/api/v1/organizations\"");
        line("");
    }

    private String shownTokens() {
        return settings.shown(settings.tokensFile());
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
