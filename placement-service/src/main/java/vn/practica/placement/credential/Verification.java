package vn.practica.placement.credential;

import java.util.List;

/**
 * What verifying a presented credential found: each check with its outcome, and whether all passed. The ids are
 * those the credential claims, null when it claims none.
 */
public record Verification(boolean verified, String credentialId, String issuer, List<Check> checks) {
    public Verification {
        checks = List.copyOf(checks);
    }

    /** One check: {@code signature}, {@code issuer-key}, {@code status}, {@code validity}; passed or not, and why. */
    public record Check(String check, boolean passed, String detail) {}
}
