package vn.practica.catalog.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A competency framework: a CASE 1.1 CFDocument, e.g. the national digital competency framework. */
@Entity
@Table(name = "competency_framework")
public class CompetencyFramework extends CaseNode {
    private String title;
    private String creator;
    private String publisher;
    private String description;

    @Column(name = "framework_version")
    private String frameworkVersion;

    @Column(name = "adoption_status")
    private String adoptionStatus;

    private String language;

    protected CompetencyFramework() {}

    private CompetencyFramework(FrameworkRecord record, Instant now) {
        super(record.identifier(), now);
    }

    public static CompetencyFramework create(FrameworkRecord record, String uri, Instant now) {
        CompetencyFramework framework = new CompetencyFramework(record, now);
        framework.copy(record, uri, now);
        return framework;
    }

    /** Applies a re-imported document; returns false when it changes nothing (no version, no event). */
    public boolean update(FrameworkRecord record, String uri, Instant now) {
        return change(sameAs(record, uri), () -> copy(record, uri, now), now);
    }

    private boolean sameAs(FrameworkRecord r, String newUri) {
        return title.equals(r.title())
                && creator.equals(r.creator())
                && Objects.equals(publisher, r.publisher())
                && Objects.equals(description, r.description())
                && Objects.equals(frameworkVersion, r.frameworkVersion())
                && Objects.equals(adoptionStatus, r.adoptionStatus())
                && Objects.equals(language, r.language())
                && sameNode(newUri, r.lastChangeDateTime(), r.extra());
    }

    private void copy(FrameworkRecord r, String newUri, Instant now) {
        title = r.title();
        creator = r.creator();
        publisher = r.publisher();
        description = r.description();
        frameworkVersion = r.frameworkVersion();
        adoptionStatus = r.adoptionStatus();
        language = r.language();
        copyNode(newUri, r.lastChangeDateTime(), r.extra(), now);
    }

    public String title() {
        return title;
    }

    public String creator() {
        return creator;
    }

    public String publisher() {
        return publisher;
    }

    public String description() {
        return description;
    }

    public String frameworkVersion() {
        return frameworkVersion;
    }

    public String adoptionStatus() {
        return adoptionStatus;
    }

    public String language() {
        return language;
    }
}
