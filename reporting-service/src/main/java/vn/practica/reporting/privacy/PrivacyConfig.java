package vn.practica.reporting.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code practica.reporting.privacy.*}: how small a published group of students may be. */
@ConfigMapping(prefix = "practica.reporting.privacy")
public interface PrivacyConfig {
    /** A k above this would suppress nearly every table; it is a mistake, not a policy. */
    int MAX_MINIMUM_CELL_SIZE = 1000;

    /**
     * k: a KPI cell describing fewer distinct students than this (but at least one) is suppressed, with the
     * complementary cells that would let it be recomputed (docs/kpis.md, Privacy).
     */
    @WithDefault("5")
    @Min(2)
    @Max(MAX_MINIMUM_CELL_SIZE)
    int minimumCellSize();
}
