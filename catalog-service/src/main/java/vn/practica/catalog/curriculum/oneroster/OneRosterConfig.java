package vn.practica.catalog.curriculum.oneroster;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Limits of the OneRoster CSV bundle upload, {@code practica.oneroster.*}. */
@ConfigMapping(prefix = "practica.oneroster")
public interface OneRosterConfig {

    /**
     * Largest zip body accepted, declared or chunked, and the most the upload spools to its temporary file. The
     * endpoint's own body limit ({@code @MaxBodySize}), so it may exceed {@code practica.http.max-body-size}; the
     * outer {@code quarkus.http.limits.max-body-size} answers a bare 413 first, so keep that above it.
     */
    @WithDefault("10M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxBundleSize();

    /** Most bytes all entries may inflate to together, counting the files we ignore: the zip bomb guard. */
    @WithDefault("100M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxUncompressedSize();

    /**
     * Most entries (files and directories) in one bundle; a OneRoster 1.2 bundle has about twenty files. At most
     * {@link #MAX_ENTRIES_CEILING}, so the OpenAPI document can bound the list of ignored files.
     */
    @WithDefault("100")
    @Min(1)
    @Max(MAX_ENTRIES_CEILING)
    int maxEntries();

    int MAX_ENTRIES_CEILING = 1000;
}
