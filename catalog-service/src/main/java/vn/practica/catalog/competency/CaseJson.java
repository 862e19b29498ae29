package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes stored frameworks in CASE 1.1 JSON, with its exact property names. Built as JSON trees rather than
 * records because every object also carries the unmodelled properties it was imported with.
 */
final class CaseJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PACKAGE_URI = "CFPackageURI";
    private static final String EXTENSIONS = "extensions";

    private CaseJson() {}

    static ObjectNode document(CompetencyFramework f, CaseUris uris) {
        ObjectNode doc = node(f);
        put(doc, "creator", f.creator());
        put(doc, "title", f.title());
        put(doc, "lastChangeDateTime", f.lastChangeDateTime().toString());
        put(doc, "publisher", f.publisher());
        put(doc, "description", f.description());
        put(doc, "version", f.frameworkVersion());
        put(doc, "adoptionStatus", f.adoptionStatus());
        put(doc, "language", f.language());
        ObjectNode extra = f.extra();
        if (!extra.has(PACKAGE_URI)) {
            doc.set(PACKAGE_URI, link(new NodeLink(f.title(), f.id(), uris.casePackage(f.id()))));
        }
        return doc.setAll(extra);
    }

    static ObjectNode item(CompetencyItem i, CompetencyFramework f) {
        ObjectNode item = node(i);
        put(item, "fullStatement", i.fullStatement());
        put(item, "humanCodingScheme", i.humanCodingScheme());
        put(item, "abbreviatedStatement", i.abbreviatedStatement());
        put(item, "CFItemType", i.itemType());
        if (!i.educationLevel().isEmpty()) {
            ArrayNode levels = item.putArray("educationLevel");
            i.educationLevel().forEach(levels::add);
        }
        put(item, "listEnumeration", i.listEnumeration());
        put(item, "language", i.language());
        put(item, "lastChangeDateTime", i.lastChangeDateTime().toString());
        item.set("CFDocumentURI", documentLink(f));
        ObjectNode extra = i.extra();
        if (i.escoUri() != null) {
            ObjectNode extensions = extra.has(EXTENSIONS) ? (ObjectNode) extra.get(EXTENSIONS) : JSON.objectNode();
            extra.set(EXTENSIONS, extensions.put("escoURI", i.escoUri()));
        }
        return item.setAll(extra);
    }

    static ObjectNode association(CompetencyAssociation a, CompetencyFramework f) {
        ObjectNode association = node(a);
        put(association, "associationType", a.associationType());
        if (a.sequenceNumber() != null) {
            association.put("sequenceNumber", a.sequenceNumber());
        }
        association.set("originNodeURI", link(a.origin()));
        association.set("destinationNodeURI", link(a.destination()));
        put(association, "lastChangeDateTime", a.lastChangeDateTime().toString());
        association.set("CFDocumentURI", documentLink(f));
        return association.setAll(a.extra());
    }

    static ObjectNode casePackage(FrameworkContents contents, CaseUris uris) {
        CompetencyFramework f = contents.framework();
        ObjectNode pkg = JSON.objectNode();
        pkg.set("CFDocument", document(f, uris));
        ArrayNode items = pkg.putArray("CFItems");
        contents.items().forEach(i -> items.add(item(i, f)));
        ArrayNode associations = pkg.putArray("CFAssociations");
        contents.associations().forEach(a -> associations.add(association(a, f)));
        return pkg;
    }

    private static ObjectNode node(CaseNode n) {
        return JSON.objectNode().put("identifier", n.id().toString()).put("uri", n.uri());
    }

    private static ObjectNode documentLink(CompetencyFramework f) {
        return link(new NodeLink(f.title(), f.id(), f.uri()));
    }

    private static ObjectNode link(NodeLink link) {
        ObjectNode node = JSON.objectNode();
        put(node, "title", link.title());
        return node.put("identifier", link.identifier().toString()).put("uri", link.uri());
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
