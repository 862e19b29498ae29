package vn.practica.catalog.organization;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The 34 provincial-level units (since 1 July 2025) partners and KPIs refer to. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProvinceService {
    private final ProvinceRepository provinces;

    ProvinceService(ProvinceRepository provinces) {
        this.provinces = provinces;
    }

    public List<Province> listProvinces() {
        return provinces.listAll(Sort.by("code"));
    }

    public boolean isKnownProvince(String code) {
        return provinces.findByIdOptional(code).isPresent();
    }
}
