package vn.practica.catalog.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.text.SearchText;

/** The partner directory. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /** Filter of the directory listing; empty parts match everything. */
    public record Filter(
            Optional<String> text,
            Optional<OrganizationKind> kind,
            Optional<String> provinceCode,
            Optional<OrganizationStatus> status,
            Optional<UUID> alsoVisible,
            boolean onlyPublished) {}

    /** Orders of the listing; each ends with the id, so pages are stable. */
    public enum Order {
        /** Short name, A to Z. */
        name,
        /** Most recently changed first. */
        updated;

        Sort sort() {
            return this == name
                    ? Sort.by("shortName").and("id")
                    : Sort.by("updatedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        }
    }

    public boolean identifierTaken(OrganizationKind kind, String identifier) {
        return count("kind = ?1 and identifier = ?2 and status <> ?3", kind, identifier, OrganizationStatus.REJECTED)
                > 0;
    }

    public List<Organization> search(Filter filter, Order order, int pageIndex, int pageSize) {
        Parameters params = new Parameters();
        StringBuilder query = new StringBuilder("1 = 1");
        // Every word must occur, in any order, as in the catalog search endpoints
        String[] words = filter.text().map(SearchText::fold).orElse("").split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                query.append(" and searchText like :w").append(i);
                params.and("w" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
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
        if (filter.onlyPublished()) {
            // Others see verified and suspended partners; the caller also sees its own registration.
            query.append(" and (status in :published or id = :own)");
            params.and("published", List.of(OrganizationStatus.VERIFIED, OrganizationStatus.SUSPENDED));
            params.and("own", filter.alsoVisible().orElse(new UUID(0, 0)));
        }
        return find(query.toString(), order.sort(), params)
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
