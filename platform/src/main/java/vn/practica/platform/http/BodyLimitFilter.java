package vn.practica.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every request body to its limit ({@code practica.http.max-body-size}, or the endpoint's own
 * {@link MaxBodySize}), whether the client declares a length or sends it chunked: the body is read through a
 * {@link LimitedInputStream}, which refuses a declared length above the limit before reading and otherwise stops
 * one byte past it. The refusal is a 413 problem saying the limit, so a partner system learns how to split its
 * upload. A chunked body's unread rest has no known end, so its connection is closed once the answer is sent.
 */
public class BodyLimitFilter {
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final BodyLimitConfig config;
    private final Map<Method, Long> endpointLimits = new ConcurrentHashMap<>();

    BodyLimitFilter(BodyLimitConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public void limitBody(ContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
        OptionalLong declared = declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (WITHOUT_BODY.contains(request.getMethod()) || declared.equals(OptionalLong.of(0))) {
            return;
        }
        LimitedInputStream body =
                new LimitedInputStream(request.getEntityStream(), limitOf(resource.getResourceMethod()), declared);
        request.setEntityStream(body);
        if (declared.isEmpty() && routing.request().version() != HttpVersion.HTTP_2) {
            routing.addEndHandler(sent -> {
                if (body.exceeded()) {
                    routing.request().connection().close();
                }
            });
        }
    }

    private long limitOf(Method endpoint) {
        if (endpoint == null) {
            return config.maxBodySize().asLongValue();
        }
        return endpointLimits.computeIfAbsent(endpoint, this::configuredLimit);
    }

    private long configuredLimit(Method endpoint) {
        MaxBodySize own = endpoint.getAnnotation(MaxBodySize.class);
        if (own == null) {
            return config.maxBodySize().asLongValue();
        }
        String size = ConfigProvider.getConfig().getValue(own.value(), String.class);
        MemorySize limit = new MemorySizeConverter().convert(size);
        return limit.asLongValue();
    }

    private static OptionalLong declaredLength(String header) {
        try {
            return header == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
