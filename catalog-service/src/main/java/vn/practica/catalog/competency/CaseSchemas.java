package vn.practica.catalog.competency;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schemas of the CASE 1.1 JSON this provider reads and writes, with the bounds the import checks
 * ({@link CaseLimits}). Documentation only: the JSON itself is read and written as trees ({@link
 * CasePackageReader}, {@link CaseJson}), because every object keeps the properties it was imported with. The
 * {@code @Size} on list entries only tells the document their bound; the reader checks it.
 */
final class CaseSchemas {
    private static final String EXTENSIBLE = " Other properties it was imported with are kept and returned as sent.";
    private static final String DATE_TIME = "An ISO 8601 date-time; without an offset it is read as UTC";

    private CaseSchemas() {}

    @Schema(name = "CFPackage", description = "A whole framework: its CFDocument, CFItems and CFAssociations")
    record Package(
            @Schema(name = "CFDocument", required = true) Document document,

            @Schema(name = "CFItems", maxItems = CaseLimits.MAX_ITEMS)
            List<Item> items,

            @Schema(name = "CFAssociations", maxItems = CaseLimits.MAX_ASSOCIATIONS)
            List<Association> associations) {}

    @Schema(name = "CFDocumentSet", description = "One page of frameworks, ordered by title")
    record DocumentSet(
            @Schema(name = "CFDocuments", maxItems = CasePaging.MAX_LIMIT)
            List<Document> documents) {}

    @Schema(name = "CFDocument", description = "A competency framework." + EXTENSIBLE)
    record Document(
            @Schema(required = true, format = "uuid") String identifier,

            @Schema(maxLength = CaseLimits.URI, format = "uri", description = "Given one on import when absent")
            String uri,

            @Schema(required = true, maxLength = CaseLimits.CREATOR)
            String creator,

            @Schema(required = true, maxLength = CaseLimits.DOCUMENT_TITLE)
            String title,

            @Schema(required = true, maxLength = CaseLimits.DATE_TIME, format = "date-time", description = DATE_TIME)
            String lastChangeDateTime,

            @Schema(maxLength = CaseLimits.PUBLISHER) String publisher,
            @Schema(maxLength = CaseLimits.LONG_TEXT) String description,
            @Schema(maxLength = CaseLimits.VERSION) String version,
            @Schema(maxLength = CaseLimits.ADOPTION_STATUS) String adoptionStatus,
            @Schema(maxLength = CaseLimits.LANGUAGE) String language,

            @Schema(name = "CFPackageURI", description = "Where the whole package is read; in answers only")
            Link packageUri) {}

    @Schema(name = "CFItem", description = "A competency, competency area, skill level..." + EXTENSIBLE)
    record Item(
            @Schema(required = true, format = "uuid") String identifier,

            @Schema(maxLength = CaseLimits.URI, format = "uri", description = "Given one on import when absent")
            String uri,

            @Schema(required = true, maxLength = CaseLimits.LONG_TEXT)
            String fullStatement,

            @Schema(maxLength = CaseLimits.CODE) String humanCodingScheme,
            @Schema(maxLength = CaseLimits.LONG_TEXT) String abbreviatedStatement,

            @Schema(name = "CFItemType", maxLength = CaseLimits.CODE)
            String itemType,

            @Schema(maxItems = CaseLimits.LIST_ENTRIES, description = "Level codes, e.g. 05")
            List<@Size(max = CaseLimits.LIST_ENTRY) String> educationLevel,

            @Schema(maxLength = CaseLimits.LIST_ENUMERATION) String listEnumeration,
            @Schema(maxLength = CaseLimits.LANGUAGE) String language,

            @Schema(required = true, maxLength = CaseLimits.DATE_TIME, format = "date-time", description = DATE_TIME)
            String lastChangeDateTime,

            @Schema(name = "CFDocumentURI", description = "Its framework; on import it must be this package's")
            Link documentUri,

            ItemExtensions extensions) {}

    @Schema(name = "CFItemExtensions", description = "Extensions of a CFItem." + EXTENSIBLE)
    record ItemExtensions(
            @Schema(
                    name = "escoURI",
                    maxLength = CaseLimits.URI,
                    format = "uri",
                    description = "The matching ESCO skill, an http(s) URI under http://data.europa.eu/esco/")
            String escoUri) {}

    @Schema(name = "CFAssociation", description = "A relation between two nodes of the framework." + EXTENSIBLE)
    record Association(
            @Schema(required = true, format = "uuid") String identifier,

            @Schema(maxLength = CaseLimits.URI, format = "uri", description = "Given one on import when absent")
            String uri,

            @Schema(
                    required = true,
                    enumeration = {
                        "isChildOf",
                        "isPeerOf",
                        "isPartOf",
                        "exactMatchOf",
                        "precedes",
                        "isRelatedTo",
                        "replacedBy",
                        "exemplar",
                        "hasSkillLevel"
                    })
            String associationType,

            @Schema(minimum = "-2147483648", maximum = "2147483647", format = "int32")
            Integer sequenceNumber,

            @Schema(name = "originNodeURI", required = true, description = "The CFDocument or a CFItem of this package")
            Link origin,

            @Schema(name = "destinationNodeURI", required = true)
            Link destination,

            @Schema(required = true, maxLength = CaseLimits.DATE_TIME, format = "date-time", description = DATE_TIME)
            String lastChangeDateTime,

            @Schema(name = "CFDocumentURI", description = "Its framework; on import it must be this package's")
            Link documentUri) {}

    @Schema(name = "LinkURI", description = "A reference to a CASE object; no other properties")
    record Link(
            @Schema(maxLength = CaseLimits.LONG_TEXT) String title,
            @Schema(required = true, format = "uuid") String identifier,

            @Schema(required = true, maxLength = CaseLimits.URI, format = "uri")
            String uri) {}
}
