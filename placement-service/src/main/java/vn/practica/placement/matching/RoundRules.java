package vn.practica.placement.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.practica.placement.offer.OfferLimits;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem.FieldError;

/** What a round's definition must hold beyond each member's own shape. Plain Java. */
final class RoundRules {
    /** The sanity bound of offers' dates, as an instant. */
    private static final Instant LATEST_DEADLINE = OfferLimits.LATEST_DATE
            .plusDays(1)
            .atStartOfDay(java.time.ZoneOffset.UTC)
            .toInstant();

    private RoundRules() {}

    static void check(RoundDefinition definition, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        date(errors, "startsFrom", definition.startsFrom());
        date(errors, "startsUntil", definition.startsUntil());
        if (errors.isEmpty() && definition.startsUntil().isBefore(definition.startsFrom())) {
            errors.add(new FieldError("startsUntil", "must not be before startsFrom"));
        }
        Instant deadline = definition.preferenceDeadline();
        if (!deadline.isAfter(now)) {
            errors.add(new FieldError("preferenceDeadline", "must be in the future"));
        } else if (deadline.isAfter(LATEST_DEADLINE)) {
            errors.add(new FieldError("preferenceDeadline", "must be before " + LATEST_DEADLINE));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private static void date(List<FieldError> errors, String member, java.time.LocalDate date) {
        if (date.isBefore(OfferLimits.EARLIEST_DATE) || date.isAfter(OfferLimits.LATEST_DATE)) {
            errors.add(new FieldError(
                    member, "must be between " + OfferLimits.EARLIEST_DATE + " and " + OfferLimits.LATEST_DATE));
        }
    }
}
