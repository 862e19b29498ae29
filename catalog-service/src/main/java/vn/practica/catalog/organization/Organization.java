package vn.practica.catalog.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.practica.platform.text.SearchText;

/** A partner of the programme: school, business or agency. Its id is the {@code org} claim of its users. */
@Entity
@Table(name = "organization")
public class Organization {
    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    private String identifier;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "short_name")
    private String shortName;

    @Column(name = "province_code")
    private String provinceCode;

    private String address;
    private String website;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private OrganizationStatus status;

    private long version;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Folded names and identifier, maintained here so every write keeps search consistent. */
    @Column(name = "search_text")
    private String searchText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_field", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "field_code")
    private Set<String> fieldCodes = new LinkedHashSet<>();

    protected Organization() {}

    /** A new partner awaiting the State's verification. */
    public static Organization register(UUID id, OrganizationProfile profile, String registeredBy, Instant now) {
        Organization org = new Organization();
        org.id = id;
        org.kind = profile.kind();
        org.identifier = profile.identifier();
        org.legalName = profile.legalName();
        org.shortName = profile.shortName();
        org.provinceCode = profile.provinceCode();
        org.address = profile.address();
        org.website = profile.website();
        org.contactEmail = profile.contactEmail();
        org.fieldCodes = new LinkedHashSet<>(profile.fieldCodes());
        org.status = OrganizationStatus.PENDING;
        org.version = 1;
        org.registeredBy = registeredBy;
        org.searchText = SearchText.of(profile.legalName(), profile.shortName(), profile.identifier());
        org.createdAt = now;
        org.updatedAt = now;
        return org;
    }

    /** Moves to {@code next}; returns false when already there (no change, no event). */
    public boolean moveTo(OrganizationStatus next, Instant now) {
        if (status == next) {
            return false;
        }
        status = next;
        version++;
        updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public String identifier() {
        return identifier;
    }

    public String legalName() {
        return legalName;
    }

    public String shortName() {
        return shortName;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String address() {
        return address;
    }

    public String website() {
        return website;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public OrganizationStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<String> fieldCodes() {
        return List.copyOf(fieldCodes);
    }
}
