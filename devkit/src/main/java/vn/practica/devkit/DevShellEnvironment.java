package vn.practica.devkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The shell variables a developer works with after {@code ./practica up} ({@code .practica/dev-tokens.env}): a
 * token per role, the demo organizations' ids and the services' URLs. The README's "First steps" use only
 * these, and the end-to-end test runs those steps with exactly this map.
 */
public final class DevShellEnvironment {
    private DevShellEnvironment() {}

    /** Variable name to value, in the order the banner and the file list them. */
    public static Map<String, String> of(PracticaStack stack, Duration tokenLifetime) {
        DevTokens tokens = stack.tokens();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(
                "PRACTICA_TOKEN_STATE", DemoOrganizations.tokenFor(DemoOrganizations.AGENCY, tokens, tokenLifetime));
        variables.put(
                "PRACTICA_TOKEN_SCHOOL", DemoOrganizations.tokenFor(DemoOrganizations.SCHOOL, tokens, tokenLifetime));
        variables.put(
                "PRACTICA_TOKEN_BUSINESS",
                DemoOrganizations.tokenFor(DemoOrganizations.BUSINESS, tokens, tokenLifetime));
        variables.put("PRACTICA_TOKEN_STUDENT", DemoOrganizations.studentToken(tokens, tokenLifetime));
        variables.put("PRACTICA_AGENCY_ID", DemoOrganizations.AGENCY.id().toString());
        variables.put("PRACTICA_SCHOOL_ID", DemoOrganizations.SCHOOL.id().toString());
        variables.put("PRACTICA_BUSINESS_ID", DemoOrganizations.BUSINESS.id().toString());
        for (String service : new String[] {"catalog", "placement", "reporting"}) {
            variables.put(
                    "PRACTICA_" + service.toUpperCase(Locale.ROOT) + "_URL",
                    stack.service(service).baseUrl());
        }
        return variables;
    }
}
