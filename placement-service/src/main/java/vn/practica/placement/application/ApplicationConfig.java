package vn.practica.placement.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an offered applicant has to answer by default, and how unanswered offers are swept to EXPIRED. */
@ConfigMapping(prefix = "practica.applications")
public interface ApplicationConfig {
    /** Days from the offer to its respondBy when the business names no day (never past the work's start). */
    @WithDefault("7")
    int respondDays();

    Expiry expiry();

    interface Expiry {
        /**
         * How often each instance marks unanswered offers EXPIRED. Acceptance never waits for it: an offer past
         * its day is refused as expired whether or not the sweep has run.
         */
        @WithDefault("5m")
        Duration interval();

        /** Applications expired per transaction, so a sweep never holds many row locks for long. */
        @WithDefault("500")
        int batchSize();
    }
}
