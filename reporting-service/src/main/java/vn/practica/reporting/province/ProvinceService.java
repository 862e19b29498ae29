package vn.practica.reporting.province;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.problem.DomainException;

/** Province reference data and the population the indicators per 10,000 inhabitants divide by. */
@ApplicationScoped
public class ProvinceService {
    /** More than any country has; a larger figure is a typing mistake. */
    public static final long MAX_POPULATION = 200_000_000L;

    private final ProvinceRepository provinces;

    ProvinceService(ProvinceRepository provinces) {
        this.provinces = provinces;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Province> provinces() {
        return provinces.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Province> province(String code) {
        return provinces.find(code, false);
    }

    /** Sets the population; the same figure again changes nothing (no new version). */
    @Transactional
    public Province setPopulation(String code, long population, OptionalLong expectedVersion) {
        Province province =
                provinces.find(code, true).orElseThrow(() -> DomainException.notFound("No province with code " + code));
        IfMatch.requireCurrent("Province " + code, province.version(), expectedVersion);
        if (province.population().isPresent() && province.population().getAsLong() == population) {
            return province;
        }
        long version = province.version() + 1;
        provinces.setPopulation(code, population, version, Instant.now());
        return new Province(
                code, province.nameVi(), province.nameEn(), province.kind(), OptionalLong.of(population), version);
    }
}
