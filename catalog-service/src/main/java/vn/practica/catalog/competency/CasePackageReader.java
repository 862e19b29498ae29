package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;

/**
 * Reads and validates a CASE 1.1 CFPackage as published by providers such as OpenSALT. Collects every error
 * with its JSON path ({@code CFItems[12].fullStatement}) so nothing is written unless the whole package is
 * valid. Properties it does not model are kept in each record's {@code extra}.
 */
public final class CasePackageReader {
    public static final int MAX_ITEMS = CaseLimits.MAX_ITEMS;
    public static final int MAX_ASSOCIATIONS = CaseLimits.MAX_ASSOCIATIONS;
    public static final Set<String> ASSOCIATION_TYPES = Set.of(
            "isChildOf",
            "isPeerOf",
            "isPartOf",
            "exactMatchOf",
            "precedes",
            "isRelatedTo",
            "replacedBy",
            "exemplar",
            "hasSkillLevel");

    static final String ESCO_URI = "escoURI";
    private static final String EXTENSIONS = "extensions";
    private static final Set<String> DOCUMENT_FIELDS = Set.of(
            "identifier",
            "uri",
            "creator",
            "title",
            "lastChangeDateTime",
            "publisher",
            "description",
            "version",
            "adoptionStatus",
            "language");
    private static final Set<String> ITEM_FIELDS = Set.of(
            "identifier",
            "uri",
            "fullStatement",
            "humanCodingScheme",
            "abbreviatedStatement",
            "CFItemType",
            "educationLevel",
            "listEnumeration",
            "language",
            "lastChangeDateTime",
            "CFDocumentURI",
            EXTENSIONS);
    private static final Set<String> ASSOCIATION_FIELDS = Set.of(
            "identifier",
            "uri",
            "associationType",
            "sequenceNumber",
            "originNodeURI",
            "destinationNodeURI",
            "lastChangeDateTime",
            "CFDocumentURI");

    private final CaseJsonFields fields = new CaseJsonFields();
    private final Map<UUID, String> firstSeenAt = new HashMap<>();
    private UUID documentId;

    private CasePackageReader() {}

    /** 413 before anything is read when the package has more items or associations than one import takes. */
    public static void requireWithinLimits(JsonNode body) {
        int items = body.path("CFItems").size();
        int associations = body.path("CFAssociations").size();
        if (items > MAX_ITEMS || associations > MAX_ASSOCIATIONS) {
            throw new DomainException(
                    CompetencyProblems.PACKAGE_TOO_LARGE,
                    items + " CFItems and " + associations + " CFAssociations; one import takes at most " + MAX_ITEMS
                            + " items and " + MAX_ASSOCIATIONS + " associations");
        }
    }

    /** The package, or a 422 problem listing every invalid property. */
    /** CASE 1.1 CFPackage members; definitions and rubrics are not kept, so they are refused, not dropped. */
    private static final Set<String> PACKAGE_MEMBERS = Set.of("CFDocument", "CFItems", "CFAssociations");

    public static CasePackageRecord read(JsonNode body) {
        return new CasePackageReader().readPackage(body);
    }

    private CasePackageRecord readPackage(JsonNode body) {
        if (body == null || !body.isObject() || !body.path("CFDocument").isObject()) {
            throw unprocessable(
                    List.of(new Problem.FieldError("CFDocument", "required: a CFPackage has a CFDocument")));
        }
        fields.onlyMembers(body, "CFPackage", PACKAGE_MEMBERS);
        FrameworkRecord framework = document((ObjectNode) body.get("CFDocument"));
        List<ItemRecord> items = new ArrayList<>();
        forEachObject(body, "CFItems", (node, path) -> items.add(item(node, path)));
        Set<UUID> nodes = new HashSet<>();
        nodes.add(documentId);
        items.forEach(i -> nodes.add(i.identifier()));
        List<AssociationRecord> associations = new ArrayList<>();
        forEachObject(body, "CFAssociations", (node, path) -> associations.add(association(node, path, nodes)));
        if (!fields.errors().isEmpty()) {
            throw unprocessable(fields.errors());
        }
        return new CasePackageRecord(framework, items, associations);
    }

    private FrameworkRecord document(ObjectNode doc) {
        String path = "CFDocument";
        documentId = identifier(doc, path);
        return new FrameworkRecord(
                documentId,
                fields.text(doc, path, "uri", CaseLimits.URI, false),
                fields.text(doc, path, "creator", CaseLimits.CREATOR, true),
                fields.text(doc, path, "title", CaseLimits.DOCUMENT_TITLE, true),
                fields.instant(doc, path, "lastChangeDateTime"),
                fields.text(doc, path, "publisher", CaseLimits.PUBLISHER, false),
                fields.text(doc, path, "description", CaseLimits.LONG_TEXT, false),
                fields.text(doc, path, "version", CaseLimits.VERSION, false),
                fields.text(doc, path, "adoptionStatus", CaseLimits.ADOPTION_STATUS, false),
                fields.text(doc, path, "language", CaseLimits.LANGUAGE, false),
                extra(doc, DOCUMENT_FIELDS));
    }

    private ItemRecord item(ObjectNode item, String path) {
        UUID id = identifier(item, path);
        requireOwnDocument(item, path);
        ObjectNode extra = extra(item, ITEM_FIELDS);
        String escoUri = extensions(item, path, extra);
        return new ItemRecord(
                id,
                fields.text(item, path, "uri", CaseLimits.URI, false),
                fields.text(item, path, "fullStatement", CaseLimits.LONG_TEXT, true),
                fields.text(item, path, "humanCodingScheme", CaseLimits.CODE, false),
                fields.text(item, path, "abbreviatedStatement", CaseLimits.LONG_TEXT, false),
                fields.text(item, path, "CFItemType", CaseLimits.CODE, false),
                fields.textList(item, path, "educationLevel"),
                fields.text(item, path, "listEnumeration", CaseLimits.LIST_ENUMERATION, false),
                fields.text(item, path, "language", CaseLimits.LANGUAGE, false),
                escoUri,
                fields.instant(item, path, "lastChangeDateTime"),
                extra);
    }

    private AssociationRecord association(ObjectNode association, String path, Set<UUID> nodes) {
        UUID id = identifier(association, path);
        requireOwnDocument(association, path);
        String type = fields.text(association, path, "associationType", CaseLimits.ASSOCIATION_TYPE, true);
        if (type != null && !ASSOCIATION_TYPES.contains(type)) {
            fields.error(path + ".associationType", "not a CASE 1.1 association type: " + type);
        }
        NodeLink origin = fields.link(association, path, "originNodeURI");
        if (origin != null && origin.identifier() != null && !nodes.contains(origin.identifier())) {
            fields.error(path + ".originNodeURI.identifier", "not the CFDocument or a CFItem of this package");
        }
        return new AssociationRecord(
                id,
                fields.text(association, path, "uri", CaseLimits.URI, false),
                type,
                fields.integer(association, path, "sequenceNumber"),
                origin,
                fields.link(association, path, "destinationNodeURI"),
                fields.instant(association, path, "lastChangeDateTime"),
                extra(association, ASSOCIATION_FIELDS));
    }

    private UUID identifier(ObjectNode node, String path) {
        UUID id = fields.uuid(node, path, "identifier", true);
        if (id != null) {
            String earlier = firstSeenAt.putIfAbsent(id, path);
            if (earlier != null) {
                fields.error(path + ".identifier", "duplicate identifier " + id + ", already used by " + earlier);
            }
        }
        return id;
    }

    /** An item or association names its document in {@code CFDocumentURI}; it must be this package's. */
    private void requireOwnDocument(ObjectNode node, String path) {
        if (!node.has("CFDocumentURI")) {
            return;
        }
        NodeLink link = fields.link(node, path, "CFDocumentURI");
        UUID claimed = link == null ? null : link.identifier();
        if (claimed != null && documentId != null && !claimed.equals(documentId)) {
            fields.error(
                    path + ".CFDocumentURI.identifier",
                    "belongs to CFDocument " + claimed + ", not to this package's " + documentId);
        }
    }

    /** Takes {@code escoURI} out of the extensions; other extensions stay in {@code extra}. */
    private String extensions(ObjectNode item, String path, ObjectNode extra) {
        JsonNode extensions = item.get(EXTENSIONS);
        if (extensions == null || extensions.isNull()) {
            return null;
        }
        if (!extensions.isObject()) {
            fields.error(path + "." + EXTENSIONS, "must be an object");
            return null;
        }
        String escoUri = fields.text(extensions, path + "." + EXTENSIONS, ESCO_URI, CaseLimits.URI, false);
        if (escoUri != null && !isEscoUri(escoUri)) {
            fields.error(path + ".extensions.escoURI", "must be an http(s) URI under http://data.europa.eu/esco/");
        }
        ObjectNode others = ((ObjectNode) extensions).deepCopy();
        others.remove(ESCO_URI);
        if (!others.isEmpty()) {
            extra.set(EXTENSIONS, others);
        }
        return escoUri;
    }

    static boolean isEscoUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute()
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && "data.europa.eu".equals(uri.getHost())
                    && uri.getPath() != null
                    && uri.getPath().startsWith("/esco/");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static ObjectNode extra(ObjectNode node, Set<String> modelled) {
        ObjectNode extra = node.objectNode();
        node.properties().forEach(e -> {
            if (!modelled.contains(e.getKey())) {
                extra.set(e.getKey(), e.getValue());
            }
        });
        return extra;
    }

    private void forEachObject(JsonNode body, String name, BiConsumer<ObjectNode, String> read) {
        JsonNode array = body.get(name);
        if (array == null || array.isNull()) {
            return;
        }
        if (!array.isArray()) {
            fields.error(name, "must be an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = name + "[" + i + "]";
            if (array.get(i).isObject()) {
                read.accept((ObjectNode) array.get(i), path);
            } else {
                fields.error(path, "must be an object");
            }
        }
    }

    private static DomainException unprocessable(List<Problem.FieldError> errors) {
        return new DomainException(
                CompetencyProblems.INVALID_PACKAGE, "The CASE package has invalid properties", errors);
    }

    /** Date-times as CASE providers write them: with an offset, with Z, or (leniently) as UTC without one. */
    static Instant parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
    }
}
