package vn.practica.placement.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import vn.practica.reference.curriculum.CurriculumCoverage;

/**
 * Which competency items a student's programme covers, from catalog's course→competency mappings as kept by
 * {@code catalog-reference}, and how much of an offer's required items that is. A student is named here by
 * what their record holds: the school and the school's programme id ({@code programSourcedId}).
 *
 * <p>One student, one offer: {@link #coverageOf}. Many offers for one student ("for me"): {@link ForMeRanking} on
 * an {@link OfferIndex}; see the package documentation. Many students for one offer (matching rounds): load each
 * programme's items once with {@link #coveredItems}, map items to dense indexes and use {@link CoverageRanking}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompetencyCoverageService {
    private final CurriculumCoverage curricula;

    CompetencyCoverageService(CurriculumCoverage curricula) {
        this.curricula = curricula;
    }

    /**
     * The items the programme's active courses teach; empty while catalog has not announced the programme, and
     * once it is deleted.
     */
    public Set<UUID> coveredItems(UUID schoolId, String programSourcedId) {
        return curricula.coveredItems(schoolId, programSourcedId);
    }

    /** How much of {@code requiredItems} the student's programme covers. */
    public Coverage coverageOf(UUID schoolId, String programSourcedId, Collection<UUID> requiredItems) {
        return Coverage.of(coveredItems(schoolId, programSourcedId), requiredItems);
    }
}
