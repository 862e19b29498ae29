package vn.practica.devkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers the demo partners through catalog-service's public API, as real partners would: the school and the
 * business each with its own token, so each gets its token's {@code org} as id; then the State verifies them.
 * Running it again changes nothing: an organization already in the directory (same kind and identifier, not
 * rejected) is kept as is.
 */
public final class DemoSeeder {
    /** What the directory holds for one demo organization after seeding. */
    public record Seeded(DemoOrganization demo, UUID directoryId, String status, boolean registeredNow) {
        /** False when someone registered the identifier under another id before the demo partner did. */
        public boolean hasDemoId() {
            return demo.id().equals(directoryId);
        }
    }

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String catalogUrl;
    private final DevTokens tokens;

    public DemoSeeder(String catalogUrl, DevTokens tokens) {
        this.catalogUrl = catalogUrl;
        this.tokens = tokens;
    }

    /** Seeds the demo partners, in {@link DemoOrganizations#seeded()} order. */
    public List<Seeded> seed() {
        List<Seeded> seeded = new ArrayList<>();
        for (DemoOrganization demo : DemoOrganizations.seeded()) {
            seeded.add(seed(demo));
        }
        return seeded;
    }

    private Seeded seed(DemoOrganization demo) {
        Optional<JsonNode> existing = find(demo);
        boolean registeredNow = existing.isEmpty();
        JsonNode org = existing.orElseGet(() -> register(demo));
        if ("PENDING".equals(org.path("status").asText())) {
            org = verify(org.path("id").asText());
        }
        return new Seeded(
                demo,
                UUID.fromString(org.path("id").asText()),
                org.path("status").asText(),
                registeredNow);
    }

    /**
     * By kind and identifier, as the State sees the directory (unverified entries included): someone may have
     * registered the identifier under another id. A rejected registration has freed its identifier.
     */
    private Optional<JsonNode> find(DemoOrganization demo) {
        String query = "/api/v1/organizations?size=200&kind=" + demo.kind() + "&q="
                + URLEncoder.encode(demo.identifier(), StandardCharsets.UTF_8);
        JsonNode page = send(get(query), 200);
        for (JsonNode org : page) {
            if (demo.identifier().equals(org.path("identifier").asText())
                    && !"REJECTED".equals(org.path("status").asText())) {
                return Optional.of(org);
            }
        }
        return Optional.empty();
    }

    private JsonNode register(DemoOrganization demo) {
        HttpRequest request = request("/api/v1/organizations", ownToken(demo))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(demo.registration())))
                .build();
        return send(request, 201);
    }

    private JsonNode verify(String id) {
        HttpRequest request = request("/api/v1/organizations/" + id + "/verify", stateToken())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return send(request, 200);
    }

    /** Partners register themselves, so the directory takes their id from the token. */
    private String ownToken(DemoOrganization demo) {
        return DemoOrganizations.tokenFor(demo, tokens, TOKEN_LIFETIME);
    }

    private String stateToken() {
        return DemoOrganizations.tokenFor(DemoOrganizations.AGENCY, tokens, TOKEN_LIFETIME);
    }

    private HttpRequest get(String path) {
        return request(path, stateToken()).GET().build();
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(catalogUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " "
                        + request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo organizations", e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
