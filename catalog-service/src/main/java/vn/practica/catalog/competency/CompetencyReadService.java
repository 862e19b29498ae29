package vn.practica.catalog.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** The items among {@code ids} that exist, in human-code order. */
    public List<CompetencyItemSummary> summaries(Collection<UUID> ids) {
        return competencies.itemsIn(ids).stream().map(CompetencyItemSummary::of).toList();
    }

    /**
     * The items among {@code ids} that exist, share-locked until the caller's transaction ends so an import
     * cannot delete an item a mapping is being written to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> lockExistingItems(Set<UUID> ids) {
        return competencies.lockExistingItems(ids);
    }

    /** The framework with all its items and associations, three queries whatever its size. */
    public Optional<FrameworkContents> findContents(UUID id) {
        return competencies
                .findFramework(id)
                .map(f -> new FrameworkContents(f, competencies.itemsOf(id), competencies.associationsOf(id)));
    }
}
