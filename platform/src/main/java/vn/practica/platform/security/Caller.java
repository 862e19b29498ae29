package vn.practica.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: user id ({@code sub}), organization ({@code org}) and roles of the verified token. */
@RequestScoped
public class Caller {
    public static final String ORG_CLAIM = "org";

    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    public String userId() {
        return token.getSubject();
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(token.<String>getClaim(ORG_CLAIM));
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }
}
