package vn.practica.placement.logbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the recorder writes in an entry: the day, the hours (to the hundredth), what was done, the competency
 * items practised (learning objectives of the agreement), and optionally an https link to evidence.
 */
public record EntryContent(LocalDate date, BigDecimal hours, String activity, List<UUID> itemIds, String evidenceUrl) {
    public EntryContent {
        itemIds = List.copyOf(itemIds);
    }
}
