package vn.practica.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.catalog.domain.Organization;
import vn.practica.catalog.domain.OrganizationKind;
import vn.practica.catalog.domain.OrganizationStatus;
import vn.practica.catalog.domain.SearchText;

/** The partner directory. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /** Filter of the directory listing; empty parts match everything. */
    public record Filter(
            Optional<String> text,
            Optional<OrganizationKind> kind,
            Optional<String> provinceCode,
            Optional<OrganizationStatus> status) {}

    public boolean identifierTaken(OrganizationKind kind, String identifier) {
        return count("kind = ?1 and identifier = ?2", kind, identifier) > 0;
    }

    public List<Organization> search(Filter filter, int pageIndex, int pageSize) {
        Parameters params = new Parameters();
        StringBuilder query = new StringBuilder("1 = 1");
        filter.text().map(SearchText::fold).filter(t -> !t.isEmpty()).ifPresent(t -> {
            query.append(" and searchText like :text");
            params.and("text", "%" + escapeLike(t) + "%");
        });
        filter.kind().ifPresent(k -> {
            query.append(" and kind = :kind");
            params.and("kind", k);
        });
        filter.provinceCode().ifPresent(p -> {
            query.append(" and provinceCode = :province");
            params.and("province", p);
        });
        filter.status().ifPresent(s -> {
            query.append(" and status = :status");
            params.and("status", s);
        });
        return find(query.toString(), Sort.by("shortName").and("id"), params)
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public Optional<Organization> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
