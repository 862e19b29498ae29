package vn.practica.catalog.field;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Fields by code. Changes lock the row so versions, and therefore events, are strictly ordered. */
@ApplicationScoped
public class FieldRepository implements PanacheRepositoryBase<Field, String> {

    public List<Field> listOrdered(Optional<FieldStatus> status) {
        Sort byCreation = Sort.by("position");
        return status.map(s -> list("status", byCreation, s)).orElseGet(() -> listAll(byCreation));
    }

    /**
     * How many fields exist, counted after taking a transaction lock that every creation takes first; renames
     * and reads do not wait for it.
     */
    public long countForCreation() {
        getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('field creation'))) as locked")
                .getSingleResult();
        return count();
    }

    public Optional<Field> findForUpdate(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
