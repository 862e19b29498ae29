package vn.practica.platform.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The platform tests' span exporter: as a CDI bean it replaces the OTLP exporter, and with
 * {@code quarkus.otel.simple=true} every span lands here as it ends.
 */
@ApplicationScoped
public class SpanRecorder {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /**
     * The first finished span that matches, waiting for it: an HTTP server span ends only after its response
     * went out, so it may land a moment after the client has read the response.
     */
    public static SpanData await(InMemorySpanExporter exporter, Predicate<SpanData> wanted) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<SpanData> found = find(exporter.getFinishedSpanItems(), wanted);
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new AssertionError("no finished span matched within " + WAIT + ": " + exporter.getFinishedSpanItems());
    }

    private static Optional<SpanData> find(List<SpanData> spans, Predicate<SpanData> wanted) {
        return spans.stream().filter(wanted).findFirst();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a span", e);
        }
    }
}
