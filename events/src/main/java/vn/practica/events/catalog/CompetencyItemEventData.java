package vn.practica.events.catalog;

import java.util.List;

/**
 * Data of competency item events: a CASE 1.1 CFItem after the change, or the last state of a removed one.
 *
 * @param id CASE identifier of the CFItem, also the record key and {@code ce_subject}
 * @param frameworkId CASE identifier of the CFDocument the item belongs to
 * @param itemType {@code CFItemType}, e.g. {@code Domain}, {@code Competency}, {@code Skill Level}
 * @param educationLevel CASE education levels, possibly empty
 * @param escoUri matching ESCO skill URI, or null
 * @param version monotonically increasing per item, starting at 1; a deletion carries the next version
 */
public record CompetencyItemEventData(
        String id,
        String frameworkId,
        String uri,
        String humanCodingScheme,
        String fullStatement,
        String itemType,
        List<String> educationLevel,
        String escoUri,
        long version) {}
