package vn.practica.catalog.curriculum.oneroster;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Limits of the OneRoster CSV bundle upload, {@code practica.oneroster.*}. */
@ConfigMapping(prefix = "practica.oneroster")
public interface OneRosterConfig {

    /**
     * Largest zip body accepted. The HTTP layer refuses anything above {@code quarkus.http.limits.max-body-size}
     * (10M by default) first, so raising this past that also needs that setting raised.
     */
    @WithDefault("10M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxBundleSize();

    /** Most bytes all entries may inflate to together, counting the files we ignore: the zip bomb guard. */
    @WithDefault("100M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxUncompressedSize();

    /** Most entries (files and directories) in one bundle; a OneRoster 1.2 bundle has about twenty files. */
    @WithDefault("100")
    int maxEntries();
}
