package vn.practica.placement.placement;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a completing placement adds up to, as {@code placement.completed} announces it: the agreement's model,
 * province (null for remote work) and hours, the logbook's approved hours and the mean score of each learning
 * objective.
 */
public record PlacementCompletion(
        String cooperationModelCode,
        long cooperationModelVersion,
        String provinceCode,
        int agreedHours,
        BigDecimal approvedHours,
        List<ItemMean> itemMeans) {
    public PlacementCompletion {
        itemMeans = List.copyOf(itemMeans);
    }

    /** The mean of the evaluators' scores of one competency item. */
    public record ItemMean(UUID itemId, BigDecimal meanScore) {}
}
