package vn.practica.catalog.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Public reads of competency frameworks, for the CASE 1.1 provider endpoints. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompetencyReadService {
    private final CompetencyRepository competencies;

    CompetencyReadService(CompetencyRepository competencies) {
        this.competencies = competencies;
    }

    public List<CompetencyFramework> listFrameworks(int offset, int limit) {
        return competencies.listFrameworks(offset, limit);
    }

    public Optional<CompetencyFramework> findFramework(UUID id) {
        return competencies.findFramework(id);
    }

    public Optional<CompetencyItem> findItem(UUID id) {
        return competencies.findItem(id);
    }

    public Optional<CompetencyAssociation> findAssociation(UUID id) {
        return competencies.findAssociation(id);
    }

    /** The framework with all its items and associations, three queries whatever its size. */
    public Optional<FrameworkContents> findContents(UUID id) {
        return competencies
                .findFramework(id)
                .map(f -> new FrameworkContents(f, competencies.itemsOf(id), competencies.associationsOf(id)));
    }
}
