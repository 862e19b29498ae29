package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A CFItem as received, validated. {@code uri} is null when the publisher gave none.
 *
 * @param escoUri read from the CASE {@code extensions.escoURI}
 * @param extra the CASE properties not modelled here (other extensions included), kept verbatim
 */
public record ItemRecord(
        UUID identifier,
        String uri,
        String fullStatement,
        String humanCodingScheme,
        String abbreviatedStatement,
        String itemType,
        List<String> educationLevel,
        String listEnumeration,
        String language,
        String escoUri,
        Instant lastChangeDateTime,
        ObjectNode extra) {}
