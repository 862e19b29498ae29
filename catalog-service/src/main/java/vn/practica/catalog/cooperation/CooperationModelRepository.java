package vn.practica.catalog.cooperation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * Cooperation models and their versions. Changes lock the model's row, so versions, and therefore events, are
 * strictly ordered.
 */
@ApplicationScoped
public class CooperationModelRepository implements PanacheRepositoryBase<CooperationModel, String> {
    private static final String CURRENT = "select v from CooperationModelVersion v, CooperationModel m"
            + " where m.code = v.code and m.version = v.version";

    public Optional<CooperationModel> findForUpdate(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<CooperationModelVersion> findVersion(String code, long version) {
        return Optional.ofNullable(
                getEntityManager().find(CooperationModelVersion.class, new CooperationModelVersion.Key(code, version)));
    }

    public Optional<CooperationModelVersion> findCurrent(String code) {
        return getEntityManager()
                .createQuery(CURRENT + " and m.code = :code", CooperationModelVersion.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The current versions of the models after {@code afterCode}, by code: {@code limit} of them at most. */
    public List<CooperationModelVersion> listCurrent(
            Optional<CooperationModelStatus> status, String afterCode, int limit) {
        var query = getEntityManager()
                .createQuery(
                        CURRENT + " and m.code > :after" + (status.isPresent() ? " and m.status = :status" : "")
                                + " order by m.code",
                        CooperationModelVersion.class)
                .setParameter("after", afterCode)
                .setMaxResults(limit);
        status.ifPresent(s -> query.setParameter("status", s));
        return query.getResultList();
    }

    public void persistVersion(CooperationModelVersion version) {
        getEntityManager().persist(version);
    }
}
