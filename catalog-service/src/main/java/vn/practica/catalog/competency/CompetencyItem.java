package vn.practica.catalog.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.platform.text.SearchText;

/** A competency, competency area or skill level of a framework: a CASE 1.1 CFItem. */
@Entity
@Table(name = "competency_item")
public class CompetencyItem extends CaseNode {
    @Column(name = "framework_id")
    private UUID frameworkId;

    @Column(name = "human_coding_scheme")
    private String humanCodingScheme;

    @Column(name = "full_statement")
    private String fullStatement;

    @Column(name = "abbreviated_statement")
    private String abbreviatedStatement;

    @Column(name = "item_type")
    private String itemType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "education_level")
    private List<String> educationLevel = new ArrayList<>();

    @Column(name = "list_enumeration")
    private String listEnumeration;

    private String language;

    @Column(name = "esco_uri")
    private String escoUri;

    /** Folded code and statements, maintained here so every write keeps search consistent. */
    @Column(name = "search_text")
    private String searchText;

    protected CompetencyItem() {}

    private CompetencyItem(UUID frameworkId, ItemRecord record, Instant now) {
        super(record.identifier(), now);
        this.frameworkId = frameworkId;
    }

    public static CompetencyItem create(UUID frameworkId, ItemRecord record, String uri, Instant now) {
        CompetencyItem item = new CompetencyItem(frameworkId, record, now);
        item.copy(record, uri, now);
        return item;
    }

    /** Applies a re-imported item; returns false when it changes nothing (no version, no event). */
    public boolean update(ItemRecord record, String uri, Instant now) {
        return change(sameAs(record, uri), () -> copy(record, uri, now), now);
    }

    private boolean sameAs(ItemRecord r, String newUri) {
        return fullStatement.equals(r.fullStatement())
                && Objects.equals(humanCodingScheme, r.humanCodingScheme())
                && Objects.equals(abbreviatedStatement, r.abbreviatedStatement())
                && Objects.equals(itemType, r.itemType())
                && educationLevel.equals(r.educationLevel())
                && Objects.equals(listEnumeration, r.listEnumeration())
                && Objects.equals(language, r.language())
                && Objects.equals(escoUri, r.escoUri())
                && sameNode(newUri, r.lastChangeDateTime(), r.extra());
    }

    private void copy(ItemRecord r, String newUri, Instant now) {
        fullStatement = r.fullStatement();
        humanCodingScheme = r.humanCodingScheme();
        abbreviatedStatement = r.abbreviatedStatement();
        itemType = r.itemType();
        educationLevel = new ArrayList<>(r.educationLevel());
        listEnumeration = r.listEnumeration();
        language = r.language();
        escoUri = r.escoUri();
        searchText = SearchText.of(humanCodingScheme, fullStatement, abbreviatedStatement);
        copyNode(newUri, r.lastChangeDateTime(), r.extra(), now);
    }

    public UUID frameworkId() {
        return frameworkId;
    }

    public String humanCodingScheme() {
        return humanCodingScheme;
    }

    public String fullStatement() {
        return fullStatement;
    }

    public String abbreviatedStatement() {
        return abbreviatedStatement;
    }

    public String itemType() {
        return itemType;
    }

    public List<String> educationLevel() {
        return List.copyOf(educationLevel);
    }

    public String listEnumeration() {
        return listEnumeration;
    }

    public String language() {
        return language;
    }

    public String escoUri() {
        return escoUri;
    }
}
