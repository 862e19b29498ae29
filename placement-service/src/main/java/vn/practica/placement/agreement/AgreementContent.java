package vn.practica.placement.agreement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.offer.WorkMode;

/**
 * What the parties agree on: the period, the weekly and total hours, where the work is done, the learning
 * objectives (the offer's competency items and those the school adds), the school's supervisor and the
 * business's mentor (null until each is named).
 */
public record AgreementContent(
        LocalDate startDate,
        LocalDate endDate,
        int weeklyHours,
        int totalHours,
        WorkMode workMode,
        String provinceCode,
        List<UUID> offerItemIds,
        List<UUID> addedItemIds,
        Person supervisor,
        Person mentor) {
    public AgreementContent {
        offerItemIds = List.copyOf(offerItemIds);
        addedItemIds = List.copyOf(addedItemIds);
    }

    /** The draft a proposal starts from: the offer's terms, its hours spread evenly over the period's weeks. */
    static AgreementContent fromOffer(OfferTerms offer) {
        int total = offer.expectedHours();
        return new AgreementContent(
                offer.jobStartDate(),
                offer.jobEndDate(),
                evenWeeklyHours(total, weeks(offer.jobStartDate(), offer.jobEndDate())),
                total,
                offer.workMode(),
                offer.provinceCode(),
                offer.competencyItemIds(),
                List.of(),
                null,
                null);
    }

    /** Weeks the period spans, a part week counted whole. */
    static long weeks(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        return Math.max(1, (days + 6) / 7);
    }

    /** The fewest whole hours a week that reach {@code total} in {@code weeks}, within the weekly bound. */
    static int evenWeeklyHours(int total, long weeks) {
        long weekly = (total + weeks - 1) / weeks;
        return (int) Math.max(1, Math.min(AgreementLimits.MAX_WEEKLY_HOURS, weekly));
    }

    long weeks() {
        return weeks(startDate, endDate);
    }

    /** The learning objectives: the offer's items, then the school's, each once. */
    public List<UUID> objectiveItemIds() {
        LinkedHashSet<UUID> items = new LinkedHashSet<>(offerItemIds);
        items.addAll(addedItemIds);
        return new ArrayList<>(items);
    }

    /** Whether both people are named, as a confirmation needs. */
    boolean complete() {
        return supervisor != null && mentor != null;
    }
}
