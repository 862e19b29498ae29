package vn.practica.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.practica.catalog.domain.Province;

/** The provincial units, by code. */
@ApplicationScoped
public class ProvinceRepository implements PanacheRepositoryBase<Province, String> {}
