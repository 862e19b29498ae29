package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.practica.placement.coverage.CompetencyCoverageService;
import vn.practica.placement.coverage.Coverage;
import vn.practica.placement.coverage.ForMeRanking;
import vn.practica.placement.coverage.IndexedOffer;
import vn.practica.placement.coverage.OfferIndex;
import vn.practica.placement.student.StudentProfileService;
import vn.practica.placement.student.StudentStanding;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.problem.DomainException;
import vn.practica.reference.competency.CompetencyProjection;
import vn.practica.reference.partner.PartnerProjection;

/**
 * "For me": the open offers a student may apply to, ranked by how much of what each requires their programme
 * covers (catalog's course→competency mappings), with the overlap shown. Ranked in memory on this instance's
 * {@link OpenOfferIndexKeeper} index; the page's offers and the student's coverage are read fresh.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfferForMeService {
    private final StudentProfileService students;
    private final CompetencyCoverageService coverage;
    private final OpenOfferIndexKeeper index;
    private final OfferRepository offers;
    private final PartnerProjection partners;
    private final CompetencyProjection competencies;
    private final Clock clock = Clock.systemUTC();

    OfferForMeService(
            StudentProfileService students,
            CompetencyCoverageService coverage,
            OpenOfferIndexKeeper index,
            OfferRepository offers,
            PartnerProjection partners,
            CompetencyProjection competencies) {
        this.students = students;
        this.coverage = coverage;
        this.index = index;
        this.offers = offers;
        this.partners = partners;
        this.competencies = competencies;
    }

    /** A page of the ranking of the student tied to this login; 404 when no record is. */
    public CursorPage<RankedOffer> rankOffersFor(
            String loginSubject, ForMeRanking.Filter filter, Optional<ForMeRanking.Position> after, int limit) {
        StudentStanding student = students.findStanding(loginSubject)
                .orElseThrow(() -> DomainException.notFound(
                        "No student record is tied to your login; your school registers it with your login subject"));
        Set<UUID> covered = coverage.coveredItems(student.schoolId(), student.programSourcedId());
        LocalDate today = OfferRules.today(clock);
        List<ForMeRanking.Ranked> ranked = ForMeRanking.rank(
                currentIndex(),
                new ForMeRanking.Query(
                        new IndexedOffer.Standing(
                                student.schoolId(), student.programSourcedId(), student.yearOfStudy()),
                        covered,
                        filter,
                        today,
                        after,
                        limit + 1));
        List<ForMeRanking.Ranked> page = ranked.subList(0, Math.min(limit, ranked.size()));
        String next = ranked.size() > limit
                ? ForMeCursors.encode(page.get(page.size() - 1).position())
                : null;
        return new CursorPage<>(shown(page, covered, today), next);
    }

    /**
     * The page's offers as they are now, in ranking order, with their coverage. One the index still held but
     * that closed or passed its deadline since is left out: the index is at most one refresh behind.
     */
    private List<RankedOffer> shown(List<ForMeRanking.Ranked> page, Set<UUID> covered, LocalDate today) {
        Map<UUID, Offer> byId = offers
                .byIds(page.stream().map(ForMeRanking.Ranked::id).toList())
                .stream()
                .filter(o -> o.status() == OfferStatus.OPEN
                        && !o.content().validThrough().isBefore(today))
                .collect(Collectors.toMap(Offer::id, Function.identity()));
        Map<UUID, String> names = partners.shortNames(
                byId.values().stream().map(Offer::businessId).collect(Collectors.toSet()));
        Map<UUID, String> codes = competencies.humanCodes(required(byId.values()));
        return page.stream()
                .map(r -> byId.get(r.id()))
                .filter(Objects::nonNull)
                .map(o -> new RankedOffer(
                        new PostedOffer(o, names.get(o.businessId())),
                        Coverage.of(covered, o.content().competencyItemIds()),
                        codes))
                .toList();
    }

    private OfferIndex currentIndex() {
        try {
            return index.current();
        } catch (SQLException e) {
            throw new IllegalStateException("The open offers could not be read", e);
        }
    }

    private static Set<UUID> required(Collection<Offer> shown) {
        return shown.stream()
                .flatMap(o -> o.content().competencyItemIds().stream())
                .collect(Collectors.toSet());
    }

    /** An offer of the page, its coverage, and the human codes of items (those catalog gave one). */
    public record RankedOffer(PostedOffer posted, Coverage coverage, Map<UUID, String> humanCodes) {}
}
