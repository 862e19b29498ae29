package vn.practica.platform.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/** Says how the bearer tokens every service takes are signed and checked (RFC 8725, JWT best practices). */
final class BearerTokenScheme {
    static final String DESCRIPTION = "A JSON Web Token (RFC 7519) from the program's OpenID Connect provider,"
            + " signed with RS256 and verified as RFC8725 (JSON Web Token Best Current Practices) asks: the"
            + " algorithm is fixed to RS256 by the service, never taken from the token (no alg none, no"
            + " HMAC with the public key); signature, issuer (iss) and expiry (exp) are checked on every request."
            + " Claims used: sub (the user), groups (the user's role), org (the user's organization id).";

    private BearerTokenScheme() {}

    static void describe(Components components) {
        if (components.getSecuritySchemes() == null) {
            return;
        }
        components.getSecuritySchemes().values().stream()
                .filter(BearerTokenScheme::isBearerJwt)
                .forEach(scheme -> scheme.setDescription(DESCRIPTION));
    }

    private static boolean isBearerJwt(SecurityScheme scheme) {
        return scheme.getType() == SecurityScheme.Type.HTTP
                && "bearer".equalsIgnoreCase(scheme.getScheme())
                && "JWT".equalsIgnoreCase(scheme.getBearerFormat());
    }
}
