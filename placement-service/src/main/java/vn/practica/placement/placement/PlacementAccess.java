package vn.practica.placement.placement;

/** A placement and the standing of the one who asks about it: a party (which one) or the State. */
public record PlacementAccess(PlacementDetails placement, PlacementAudience audience) {}
