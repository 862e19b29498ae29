package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A CFDocument as received, validated. {@code uri} is null when the publisher gave none.
 *
 * @param frameworkVersion the CASE {@code version} (the publisher's edition label)
 * @param extra the CASE properties not modelled here, kept verbatim so an export round-trips
 */
public record FrameworkRecord(
        UUID identifier,
        String uri,
        String creator,
        String title,
        Instant lastChangeDateTime,
        String publisher,
        String description,
        String frameworkVersion,
        String adoptionStatus,
        String language,
        ObjectNode extra) {}
