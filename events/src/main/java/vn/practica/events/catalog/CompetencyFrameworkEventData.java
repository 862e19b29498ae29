package vn.practica.events.catalog;

/**
 * Data of competency framework events: a CASE 1.1 CFDocument after the change (its items and associations
 * have their own events).
 *
 * @param id CASE identifier of the CFDocument, also the record key and {@code ce_subject}
 * @param uri CASE uri of the document (the publisher's, or catalog-service's for documents created here)
 * @param frameworkVersion the publisher's edition label ({@code version} in CASE), not the row version
 * @param adoptionStatus e.g. {@code Draft}, {@code Adopted}, {@code Deprecated}
 * @param version monotonically increasing per framework, starting at 1
 */
public record CompetencyFrameworkEventData(
        String id,
        String uri,
        String title,
        String creator,
        String publisher,
        String frameworkVersion,
        String adoptionStatus,
        String language,
        long version) {}
