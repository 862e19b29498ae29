package vn.practica.placement.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.practica.placement.offer.WorkMode;

/**
 * A party's change to the agreement: each member given replaces the agreement's, an absent (null) one stays.
 * A work mode given without a province keeps the current province, except REMOTE, which has none.
 */
record AgreementEdit(
        LocalDate startDate,
        LocalDate endDate,
        Integer weeklyHours,
        Integer totalHours,
        WorkMode workMode,
        String provinceCode,
        Person supervisor,
        Person mentor,
        List<UUID> addedItemIds) {

    AgreementContent applyTo(AgreementContent c) {
        WorkMode mode = or(workMode, c.workMode());
        String province = provinceCode != null ? provinceCode : mode == WorkMode.REMOTE ? null : c.provinceCode();
        return new AgreementContent(
                or(startDate, c.startDate()),
                or(endDate, c.endDate()),
                or(weeklyHours, c.weeklyHours()),
                or(totalHours, c.totalHours()),
                mode,
                province,
                c.offerItemIds(),
                addedItemIds == null
                        ? c.addedItemIds()
                        : addedItemIds.stream()
                                .distinct()
                                .filter(item -> !c.offerItemIds().contains(item))
                                .toList(),
                or(supervisor, c.supervisor()),
                or(mentor, c.mentor()));
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
