package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** A CFAssociation as received, validated. {@code uri} is null when the publisher gave none. */
public record AssociationRecord(
        UUID identifier,
        String uri,
        String associationType,
        Integer sequenceNumber,
        NodeLink origin,
        NodeLink destination,
        Instant lastChangeDateTime,
        ObjectNode extra) {}
