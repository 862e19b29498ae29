package vn.practica.placement.application;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of {@code POST /api/v1/applications/{applicationId}/offer}: the day the applicant answers by. */
@Schema(name = "ApplicationOfferRequest", description = "Until when the applicant may accept")
public record ApplicationOfferRequest(
        @Schema(
                description = "The last day (Vietnam time) to accept: today or later, not after the offer's"
                        + " jobStartDate; 7 days from today (or the start, if sooner) when absent")
        LocalDate respondBy) {}
