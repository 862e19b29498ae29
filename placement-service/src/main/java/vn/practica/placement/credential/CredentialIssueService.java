package vn.practica.placement.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.practica.placement.credential.CredentialContent.ItemResult;
import vn.practica.placement.credential.CredentialContent.StatusEntry;
import vn.practica.placement.credential.CredentialContent.SubjectIdentity;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.PlacementCompletion;
import vn.practica.placement.placement.PlacementCompletion.ItemMean;
import vn.practica.placement.placement.PlacementDetails;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.outbox.Outbox;
import vn.practica.reference.competency.CompetencyProjection;
import vn.practica.reference.competency.CompetencyProjection.ItemLabel;
import vn.practica.reference.partner.PartnerProjection;

/**
 * Issues the credential of a completed placement, in the transaction that completed it, so a completion never
 * stands without its credential; a placement has at most one (a re-run issues nothing new). A school's course
 * has no student to hold one and gets none.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CredentialIssueService {
    /** Bits per Bitstring Status List: the specification's minimum, 16 KB, for herd privacy. */
    static final int STATUS_LIST_SIZE = 131_072;

    private final CredentialRepository credentials;
    private final CredentialSigner signer;
    private final IssuerIdentity issuers;
    private final CredentialConfig config;
    private final OfferSeatService offers;
    private final StudentDirectoryService students;
    private final ReferenceDataService reference;
    private final PartnerProjection partners;
    private final CompetencyProjection competencies;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    CredentialIssueService(
            CredentialRepository credentials,
            CredentialSigner signer,
            IssuerIdentity issuers,
            CredentialConfig config,
            OfferSeatService offers,
            StudentDirectoryService students,
            ReferenceDataService reference,
            PartnerProjection partners,
            CompetencyProjection competencies,
            Outbox outbox,
            ObjectMapper json) {
        this.credentials = credentials;
        this.signer = signer;
        this.issuers = issuers;
        this.config = config;
        this.offers = offers;
        this.students = students;
        this.reference = reference;
        this.partners = partners;
        this.competencies = competencies;
        this.outbox = outbox;
        this.json = json;
    }

    /** Issues the placement's credential unless it has one or has no student; announces it with the issue. */
    public void issueCredential(PlacementDetails placement, PlacementCompletion completion) {
        if (placement.studentId() == null || credentials.existsForPlacement(placement.id())) {
            return;
        }
        StudentDetails student =
                students.findByIds(List.of(placement.studentId())).get(placement.studentId());
        OfferTerms offer = offers.findTerms(placement.offerId()).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = OfferTerms.today(clock);
        long position = credentials.nextStatusPosition();
        StatusEntry status = new StatusEntry(
                issuers.statusListUrl(placement.schoolId(), (int) (position / STATUS_LIST_SIZE)),
                (int) (position / STATUS_LIST_SIZE),
                (int) (position % STATUS_LIST_SIZE));
        CredentialContent content =
                content(UUID.randomUUID(), placement, completion, student, offer, new Moment(now, today), status);
        CredentialSigner.Signed signed =
                signer.sign(placement.schoolId(), write(OpenBadgeCredentials.write(json, content)));
        StoredCredential stored = new StoredCredential(
                content.credentialId(),
                placement.id(),
                student.id(),
                placement.schoolId(),
                placement.businessId(),
                status.statusList(),
                status.statusIndex(),
                signed.kid(),
                offer.title(),
                signed.jwt(),
                now,
                false,
                null);
        if (credentials.insert(stored)) {
            outbox.append(CredentialEvents.issued(stored, student.pseudonym(), offer.fieldCode(), today));
        }
    }

    private CredentialContent content(
            UUID id,
            PlacementDetails p,
            PlacementCompletion completion,
            StudentDetails student,
            OfferTerms offer,
            Moment moment,
            StatusEntry status) {
        Map<UUID, String> names = partners.shortNames(List.of(p.schoolId(), p.businessId()));
        return new CredentialContent(
                id,
                issuers.did(p.schoolId()),
                names.getOrDefault(p.schoolId(), "School " + p.schoolId()),
                names.getOrDefault(p.businessId(), "Business " + p.businessId()),
                p.id(),
                p.offerId(),
                offer.title(),
                offer.fieldCode(),
                fieldName(offer.fieldCode()),
                offer.contributionKind().name(),
                completion.agreedHours(),
                completion.approvedHours(),
                items(completion.itemMeans()),
                moment.at(),
                p.startsOn(),
                moment.day(),
                identity(student),
                status);
    }

    /** When it is issued: the instant, and the day in Vietnam. */
    private record Moment(Instant at, LocalDate day) {}

    private List<ItemResult> items(List<ItemMean> means) {
        List<UUID> ids = means.stream().map(ItemMean::itemId).toList();
        Map<UUID, ItemLabel> labels = competencies.labels(ids);
        Map<UUID, String> uris = competencies.caseUris(ids);
        String caseBase = config.caseBaseUrl().replaceAll("/+$", "") + "/ims/case/v1p1/CFItems/";
        return means.stream()
                .map(mean -> {
                    ItemLabel label = labels.getOrDefault(
                            mean.itemId(), new ItemLabel(null, mean.itemId().toString()));
                    return new ItemResult(
                            mean.itemId(),
                            uris.getOrDefault(mean.itemId(), caseBase + mean.itemId()),
                            label.humanCodingScheme(),
                            label.fullStatement(),
                            mean.meanScore());
                })
                .toList();
    }

    private String fieldName(String code) {
        return reference.fieldName(code).orElse(code);
    }

    /**
     * The DID the student chose, or else their e-mail (or, without one, their school's sourcedId), salted and hashed
     * as OB 3.0's IdentityHash: whoever the student tells it to can check the credential is theirs; nobody else
     * learns it.
     */
    private SubjectIdentity identity(StudentDetails student) {
        if (student.credentialDid() != null) {
            return SubjectIdentity.ofDid(student.credentialDid());
        }
        boolean email = student.email() != null && !student.email().isBlank();
        String identifier = email ? student.email().trim().toLowerCase(Locale.ROOT) : student.sourcedId();
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        return SubjectIdentity.hashed(email ? "emailAddress" : "sourcedId", identityHash(identifier, salt), salt);
    }

    static String identityHash(String identifier, String salt) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((identifier + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
