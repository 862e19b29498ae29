package vn.practica.placement.application;

import java.time.LocalDate;

/**
 * Where an application is: open while {@code SUBMITTED}, {@code SHORTLISTED} or {@code OFFERED}; then
 * {@code ACCEPTED} (a placement was made), {@code DECLINED}, {@code REJECTED}, {@code WITHDRAWN}, {@code EXPIRED}
 * (an offer not answered in time) or {@code CANCELLED} (its offer was cancelled), for good.
 */
public enum ApplicationStatus {
    SUBMITTED,
    SHORTLISTED,
    OFFERED,
    ACCEPTED,
    DECLINED,
    REJECTED,
    WITHDRAWN,
    EXPIRED,
    CANCELLED;

    /** Still in play: the business may decide, the applicant may withdraw, a cancelled offer ends it. */
    public boolean isOpen() {
        return this == SUBMITTED || this == SHORTLISTED || this == OFFERED;
    }

    /**
     * The status as it stands on {@code today} (Vietnam time): an offer not answered by its {@code respondBy} day
     * is expired, whether or not the sweep has written so yet.
     */
    public static ApplicationStatus effective(ApplicationStatus stored, LocalDate respondBy, LocalDate today) {
        if (stored == OFFERED && respondBy != null && today.isAfter(respondBy)) {
            return EXPIRED;
        }
        return stored;
    }
}
