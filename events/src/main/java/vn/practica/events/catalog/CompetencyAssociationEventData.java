package vn.practica.events.catalog;

/**
 * Data of competency association events: a CASE 1.1 CFAssociation after the change, or the last state of a
 * removed one. Origin is a node of the framework; destination may be a node of another framework or ESCO.
 *
 * @param id CASE identifier of the CFAssociation, also the record key and {@code ce_subject}
 * @param frameworkId CASE identifier of the CFDocument the association belongs to
 * @param associationType one of the CASE 1.1 types: {@code isChildOf}, {@code isPeerOf}, {@code isPartOf},
 *     {@code exactMatchOf}, {@code precedes}, {@code isRelatedTo}, {@code replacedBy}, {@code exemplar},
 *     {@code hasSkillLevel}
 * @param sequenceNumber order among siblings, or null
 * @param version monotonically increasing per association, starting at 1; a deletion carries the next version
 */
public record CompetencyAssociationEventData(
        String id,
        String frameworkId,
        String associationType,
        Integer sequenceNumber,
        String originId,
        String originUri,
        String destinationId,
        String destinationUri,
        long version) {}
