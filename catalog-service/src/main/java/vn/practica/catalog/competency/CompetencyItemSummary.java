package vn.practica.catalog.competency;

import java.util.UUID;

/** What another feature shows of a competency item: its identity, code and statement. */
public record CompetencyItemSummary(
        UUID identifier, UUID frameworkId, String humanCodingScheme, String fullStatement, String itemType) {
    static CompetencyItemSummary of(CompetencyItem item) {
        return new CompetencyItemSummary(
                item.id(), item.frameworkId(), item.humanCodingScheme(), item.fullStatement(), item.itemType());
    }
}
