package vn.practica.reporting.province;

import java.util.OptionalLong;

/** A province or centrally-run city; population is empty until the State sets it. */
public record Province(String code, String nameVi, String nameEn, String kind, OptionalLong population, long version) {}
