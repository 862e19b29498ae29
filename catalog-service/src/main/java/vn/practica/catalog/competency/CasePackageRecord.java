package vn.practica.catalog.competency;

import java.util.List;

/** A whole CASE framework as imported: the CFDocument, its CFItems and CFAssociations. */
public record CasePackageRecord(
        FrameworkRecord framework, List<ItemRecord> items, List<AssociationRecord> associations) {}
