package vn.practica.catalog.competency;

import java.util.UUID;

/** A CASE LinkURI: the identifier, uri and (optional) title of a node, here or in another framework. */
public record NodeLink(String title, UUID identifier, String uri) {}
