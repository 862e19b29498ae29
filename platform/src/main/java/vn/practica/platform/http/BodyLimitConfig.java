package vn.practica.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request size limits, {@code practica.http.*}. */
@ConfigMapping(prefix = "practica.http")
public interface BodyLimitConfig {
    /**
     * Largest request body the API accepts, declared or chunked, answered with a 413 problem
     * ({@link BodyLimitFilter}); an endpoint may carry its own limit ({@link MaxBodySize}). Keep
     * {@code quarkus.http.limits.max-body-size} above it and above every endpoint's own limit: that outer limit
     * answers a bare 413 without a body.
     */
    @WithDefault("32M")
    MemorySize maxBodySize();
}
