package vn.practica.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.practica.e2e.BadInputHttp.Call;
import vn.practica.e2e.BadInputHttp.Oversize;
import vn.practica.e2e.BadInputListing.Endpoint;
import vn.practica.e2e.BadInputListing.ValueSpec;
import vn.practica.e2e.BadInputVariant.Expect;

/**
 * Derives every hostile request of one listed endpoint: bad path ids and another tenant's id, hostile query
 * parameters, hostile bodies, missing or wrong {@code Content-Type}, oversized bodies; then the valid sample.
 */
final class HostileVariants {
    private final Endpoint endpoint;
    private final BadInputVars vars;
    private final String token;
    private final ObjectMapper mapper;
    private final List<BadInputVariant> variants = new ArrayList<>();
    private int freshCount;

    HostileVariants(Endpoint endpoint, BadInputVars vars, String token, ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.vars = vars;
        this.token = token;
        this.mapper = mapper;
    }

    /** The hostile requests, then the valid sample as the last, control request. */
    List<BadInputVariant> all() {
        pathVariants();
        tenantVariant();
        queryVariants();
        if (endpoint.body() != null) {
            jsonVariants();
        } else if (endpoint.zip() != null) {
            zipVariants();
        }
        add("valid sample", target(Map.of()), endpoint.contentType(), sample(), Oversize.NONE, Expect.CONTROL);
        return variants;
    }

    private void pathVariants() {
        for (String name : endpoint.placeholders()) {
            List<String> values = new ArrayList<>();
            if (BadInputListing.isIdPlaceholder(name)) {
                values.addAll(HostileValues.NOT_UUIDS);
            }
            HostileValues.CONTROL_CHARACTERS.values().forEach(c -> values.add(vars.get(name) + c));
            for (String value : values) {
                add(
                        "path {" + name + "} = " + HostileValues.printable(value),
                        target(Map.of(name, value)),
                        endpoint.contentType(),
                        sample(),
                        Oversize.NONE,
                        Expect.INVALID);
            }
        }
    }

    private void tenantVariant() {
        if (endpoint.tenant() != null) {
            String other = vars.get(endpoint.tenant().other());
            add(
                    "path {" + endpoint.tenant().placeholder() + "} = another organization's id",
                    target(Map.of(endpoint.tenant().placeholder(), other)),
                    endpoint.contentType(),
                    sample(),
                    Oversize.NONE,
                    Expect.OTHER_TENANT);
        }
    }

    private void queryVariants() {
        for (Map.Entry<String, ValueSpec> parameter : endpoint.query().entrySet()) {
            ValueSpec spec = parameter.getValue();
            List<String> values = new ArrayList<>();
            HostileValues.CONTROL_CHARACTERS.values().forEach(c -> values.add(HostileValues.plain(spec) + c));
            values.addAll(HostileValues.forQuery(spec));
            for (String value : values) {
                String query = "?" + BadInputVars.encode(parameter.getKey()) + "=" + BadInputVars.encode(value);
                add(
                        "query " + parameter.getKey() + "=" + HostileValues.printable(value),
                        target(Map.of()) + query,
                        endpoint.contentType(),
                        sample(),
                        Oversize.NONE,
                        Expect.INVALID);
            }
        }
    }

    private void jsonVariants() {
        JsonNode sample = vars.json(endpoint.body());
        for (var body : new JsonBodyVariants(endpoint, sample, mapper).all()) {
            add(
                    body.label(),
                    target(Map.of()),
                    endpoint.contentType(),
                    body.json().getBytes(StandardCharsets.UTF_8),
                    Oversize.NONE,
                    body.syntax()
                            ? Expect.MALFORMED
                            : body.perRow() ? Expect.REFUSED_OR_ROWS_REJECTED : Expect.REFUSED);
        }
        mediaTypeVariants();
        oversizedVariants();
    }

    private void zipVariants() {
        byte[] notAZip = "manifest.csv,propertyName,value".getBytes(StandardCharsets.UTF_8);
        add("body not a zip", target(Map.of()), endpoint.contentType(), notAZip, Oversize.NONE, Expect.REFUSED);
        mediaTypeVariants();
        oversizedVariants();
    }

    private void mediaTypeVariants() {
        add("no Content-Type", target(Map.of()), null, sample(), Oversize.NONE, Expect.UNSUPPORTED_TYPE);
        add(
                "Content-Type text/plain",
                target(Map.of()),
                "text/plain",
                sample(),
                Oversize.NONE,
                Expect.UNSUPPORTED_TYPE);
    }

    private void oversizedVariants() {
        String size = BadInputHttp.OVERSIZED / (1024 * 1024) + " MB";
        add(
                "body of " + size + " declared",
                target(Map.of()),
                endpoint.contentType(),
                sample(),
                Oversize.DECLARED,
                Expect.TOO_LARGE);
        add(
                "body of " + size + " chunked, no Content-Length",
                target(Map.of()),
                endpoint.contentType(),
                sample(),
                Oversize.CHUNKED,
                Expect.TOO_LARGE);
    }

    private void add(String label, String target, String contentType, byte[] body, Oversize oversize, Expect expect) {
        byte[] fresh = body == null || endpoint.zip() != null ? body : fresh(body);
        Call call = new Call(
                endpoint.service(), endpoint.method(), target, token, contentType, fresh, oversize, endpoint.headers());
        variants.add(new BadInputVariant(label, call, expect));
    }

    /** The body with each of the listing's {@code fresh} values replaced by a new one. */
    private byte[] fresh(byte[] body) {
        String json = new String(body, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> value : endpoint.fresh().entrySet()) {
            String literal = vars.text(value.getKey());
            json = switch (value.getValue()) {
                case "uuid" -> json.replace(literal, UUID.randomUUID().toString());
                case "digits" -> json.replace(quoted(literal), quoted(digits(literal.length())));
                case "suffix" -> json.replace(quoted(literal), quoted(literal + "_" + (++freshCount)));
                default -> throw new IllegalArgumentException("Unknown fresh kind " + value.getValue());
            };
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String digits(int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private String target(Map<String, String> overrides) {
        return vars.path(endpoint.path(), overrides);
    }

    /** The valid body: the JSON sample or the zipped files, with variables resolved; null without a body. */
    private byte[] sample() {
        if (endpoint.body() != null) {
            try {
                return mapper.writeValueAsBytes(vars.json(endpoint.body()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return endpoint.zip() == null ? null : zip(endpoint.zip());
    }

    private byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(vars.text(file.getValue()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
