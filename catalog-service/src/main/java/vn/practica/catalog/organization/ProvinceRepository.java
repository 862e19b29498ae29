package vn.practica.catalog.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The provincial units, by code. */
@ApplicationScoped
public class ProvinceRepository implements PanacheRepositoryBase<Province, String> {}
