package vn.practica.catalog.competency;

import java.util.List;

/** A stored framework with all its items and associations: what a CFPackage export shows. */
public record FrameworkContents(
        CompetencyFramework framework, List<CompetencyItem> items, List<CompetencyAssociation> associations) {}
