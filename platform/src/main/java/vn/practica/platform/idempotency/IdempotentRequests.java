package vn.practica.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Caller;

/**
 * Runs a non-idempotent request at most once per {@code Idempotency-Key} (IETF httpapi draft): the response is
 * stored in the same transaction as the request's effect, so after a crash a retry either replays it (effect
 * committed) or runs anew (nothing committed). Resources wrap the call to their service:
 * {@code idempotent.execute(keyHeader, () -> ...)}; without a key the work runs as before.
 */
@ApplicationScoped
public class IdempotentRequests {
    private final IdempotencyStore store;
    private final RequestFingerprint fingerprint;
    private final Caller caller;
    private final ObjectMapper json;
    private final IdempotencyConfig config;
    private final IdempotencyMetrics metrics;

    IdempotentRequests(
            IdempotencyStore store,
            RequestFingerprint fingerprint,
            Caller caller,
            ObjectMapper json,
            IdempotencyConfig config,
            IdempotencyMetrics metrics) {
        this.store = store;
        this.fingerprint = fingerprint;
        this.caller = caller;
        this.json = json;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * The stored response when {@code keyHeader} was used for this very request (marked
     * {@code Idempotent-Replayed: true}), else the response of {@code work}, stored before its transaction
     * commits. Services called by {@code work} join that transaction. Refusals (a problem) are not stored:
     * nothing was done, so a retry runs again.
     */
    public Response execute(String keyHeader, Supplier<Response> work) {
        if (keyHeader == null) {
            return work.get();
        }
        IdempotencyKey key = IdempotencyKey.of(scope(), keyHeader);
        return QuarkusTransaction.joiningExisting().call(() -> executeOnce(key, work));
    }

    /**
     * The fingerprint is taken when needed: before a replay (the unread body is hashed, not processed), or after
     * the work, so an endpoint that streams its body (a OneRoster bundle) reads it only once.
     */
    private Response executeOnce(IdempotencyKey key, Supplier<Response> work) {
        if (!store.tryLock(key)) {
            metrics.refusedInFlight();
            throw new DomainException(
                    IdempotencyProblems.KEY_IN_FLIGHT,
                    "A request with this Idempotency-Key is still being processed; retry later");
        }
        var stored = store.find(key);
        if (stored.isPresent()) {
            if (!stored.get().fingerprint().equals(fingerprint.value())) {
                metrics.refusedReused();
                throw new DomainException(
                        IdempotencyProblems.KEY_REUSED,
                        "This Idempotency-Key was used for a request with another method, path or body");
            }
            metrics.replayed();
            return stored.get().response().toResponse(true);
        }
        StoredResponse response = toStored(work.get());
        store.save(key, fingerprint.value(), response, config.retention());
        return response.toResponse(false);
    }

    /** The caller's organization, or the user when the token has none: keys are the caller's own namespace. */
    private String scope() {
        return caller.organizationId().map(org -> "org:" + org).orElseGet(() -> "sub:" + caller.userId());
    }

    private StoredResponse toStored(Response response) {
        MediaType type = response.getMediaType();
        return new StoredResponse(
                response.getStatus(),
                response.getHeaderString(HttpHeaders.LOCATION),
                response.getHeaderString(HttpHeaders.ETAG),
                (type == null ? MediaType.APPLICATION_JSON_TYPE : type).toString(),
                body(response.getEntity()));
    }

    private byte[] body(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        try {
            return entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
