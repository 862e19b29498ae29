package vn.practica.platform.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.practica.platform.id.Uuids;

/** Who is calling: user id ({@code sub}), organization ({@code org}) and roles of the verified token. */
@RequestScoped
public class Caller {
    public static final String ORG_CLAIM = "org";

    private final JsonWebToken token;
    private Optional<String> organization;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The {@code org} claim of a verified token, when it is a string. */
    public static Optional<String> organizationOf(JsonWebToken token) {
        return token.getClaim(ORG_CLAIM) instanceof String id ? Optional.of(id) : Optional.empty();
    }

    public String userId() {
        return token.getSubject();
    }

    public Optional<String> organizationId() {
        // Read once per request: SmallRye's getClaim throws and catches an exception for every non-standard
        // claim name, a per cent of an offer upsert's CPU when asked several times (docs/benchmarks.md)
        if (organization == null) {
            organization = organizationOf(token);
        }
        return organization;
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** True when the caller has {@code role} and its token's organization is {@code organizationId}. */
    public boolean actsFor(String role, UUID organizationId) {
        return hasRole(role)
                && organizationId()
                        .map(Uuids::parse)
                        .map(organizationId::equals)
                        .orElse(false);
    }

    /**
     * The one ownership check: the caller acts for the organization in {@code role} (a school for its own
     * curriculum, a business for its own offers), or is the State, which may act for anyone.
     */
    public void requireOwnOrganization(String role, UUID organizationId, String refusal) {
        if (!hasRole(Roles.STATE) && !actsFor(role, organizationId)) {
            throw new ForbiddenException(refusal);
        }
    }

    /** The caller is the person {@code userId} (the token's {@code sub}), e.g. a student reading their profile. */
    public void requireSelf(String userId, String refusal) {
        if (userId == null || !userId.equals(userId())) {
            throw new ForbiddenException(refusal);
        }
    }
}
