package vn.practica.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceProcess;

/** What a developer needs once the suite is up: startup times, URLs, logs and a token per role. */
final class ReadyBanner {
    private final PracticaStack stack;
    private final LaunchSettings settings;
    private final Duration brokerTime;
    private final Duration totalTime;
    private final StringBuilder out = new StringBuilder();

    ReadyBanner(PracticaStack stack, LaunchSettings settings, Duration brokerTime, Duration totalTime) {
        this.stack = stack;
        this.settings = settings;
        this.brokerTime = brokerTime;
        this.totalTime = totalTime;
    }

    /** Writes the tokens file first, so the banner never advertises a file that is not there. */
    void print() {
        String exports = RoleTokens.exports(RoleTokens.mint(stack.tokens()));
        try {
            RoleTokens.write(settings.tokensFile(), exports);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + settings.tokensFile(), e);
        }
        line("");
        line("Practica is up in %s.", seconds(totalTime));
        line("");
        appendBroker();
        LaunchSettings.SERVICES.forEach(service -> appendService(stack.service(service)));
        line("dashboard: not built yet (reporting roadmap)");
        line("");
        appendTokens(exports);
        line("Press Ctrl-C to stop everything.");
        System.out.print(out);
        System.out.flush();
    }

    private void appendBroker() {
        line("Kafka broker (KRaft, in this JVM)   ready in %s", seconds(brokerTime));
        line("  bootstrap  %s", stack.broker().bootstrapServers());
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

    private void appendTokens(String exports) {
        line("Dev tokens, valid %d h, also in %s (./practica tokens):", RoleTokens.LIFETIME.toHours(), shownTokens());
        out.append(exports);
        line("");
        line("Try:");
        line("  source %s", shownTokens());
        line(
                "  curl -H \"Authorization: Bearer $PRACTICA_TOKEN_STATE\" %s/api/v1/kpis/fields",
                stack.service("reporting").baseUrl());
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
