package vn.practica.reporting.province;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The province table (V4): seeded reference data, population set by the State. */
@ApplicationScoped
public class ProvinceRepository {
    private static final String COLUMNS = "select code, name_vi, name_en, kind, population, version from province";

    private final EntityManager em;

    ProvinceRepository(EntityManager em) {
        this.em = em;
    }

    public List<Province> all() {
        List<?> rows = em.createNativeQuery(COLUMNS + " order by code").getResultList();
        return rows.stream().map(row -> province((Object[]) row)).toList();
    }

    public Optional<Province> find(String code, boolean forUpdate) {
        List<?> rows = em.createNativeQuery(COLUMNS + " where code = ?1" + (forUpdate ? " for update" : ""))
                .setParameter(1, code)
                .getResultList();
        return rows.stream().findFirst().map(row -> province((Object[]) row));
    }

    public void setPopulation(String code, long population, long version, Instant at) {
        em.createNativeQuery("update province set population = ?2, version = ?3, updated_at = ?4 where code = ?1")
                .setParameter(1, code)
                .setParameter(2, population)
                .setParameter(3, version)
                .setParameter(4, at)
                .executeUpdate();
    }

    private static Province province(Object[] row) {
        return new Province(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                row[4] == null ? OptionalLong.empty() : OptionalLong.of(((Number) row[4]).longValue()),
                ((Number) row[5]).longValue());
    }
}
