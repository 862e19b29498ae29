package vn.practica.placement.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of an application, each from the statuses it starts from to the one it ends in. The business
 * shortlists, offers and rejects; the applicant withdraws, declines and accepts; the sweep expires unanswered
 * offers; a cancelled offer cancels what is still open.
 */
public enum ApplicationMove {
    SHORTLIST(ApplicationStatus.SHORTLISTED, EnumSet.of(ApplicationStatus.SUBMITTED)),
    OFFER(ApplicationStatus.OFFERED, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED)),
    REJECT(ApplicationStatus.REJECTED, open()),
    WITHDRAW(ApplicationStatus.WITHDRAWN, open()),
    DECLINE(ApplicationStatus.DECLINED, EnumSet.of(ApplicationStatus.OFFERED)),
    ACCEPT(ApplicationStatus.ACCEPTED, EnumSet.of(ApplicationStatus.OFFERED)),
    EXPIRE(ApplicationStatus.EXPIRED, EnumSet.of(ApplicationStatus.OFFERED)),
    CANCEL(ApplicationStatus.CANCELLED, open());

    private final ApplicationStatus target;
    private final Set<ApplicationStatus> from;

    ApplicationMove(ApplicationStatus target, Set<ApplicationStatus> from) {
        this.target = target;
        this.from = from;
    }

    public ApplicationStatus target() {
        return target;
    }

    public boolean startsFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /** The statuses it starts from, for a refusal to name. */
    public Set<ApplicationStatus> from() {
        return EnumSet.copyOf(from);
    }

    private static EnumSet<ApplicationStatus> open() {
        return EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED);
    }
}
