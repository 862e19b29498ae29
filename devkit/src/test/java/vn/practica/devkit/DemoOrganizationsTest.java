package vn.practica.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOrganizationsTest {
    /** Weights of the Vietnamese enterprise tax code's check digit over its first nine digits. */
    private static final int[] TAX_CODE_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    @TempDir
    Path keys;

    @Test
    void businessTaxCodeHasAValidCheckDigit() {
        assertTrue(validTaxCode("0303490096"), "a real tax code checks out, so the rule is right");
        assertTrue(!validTaxCode("0303490097"));
        assertTrue(validTaxCode(DemoOrganizations.BUSINESS.identifier()));
    }

    @Test
    void identifiersHaveTheShapesCatalogRequires() {
        assertTrue(DemoOrganizations.SCHOOL.identifier().matches("[A-Z0-9]{2,10}"));
        assertTrue(DemoOrganizations.BUSINESS.identifier().matches("\\d{10}"));
        assertTrue(DemoOrganizations.AGENCY.identifier().matches("[A-Z0-9][A-Z0-9._-]{1,19}"));
        assertEquals(
                3,
                new HashSet<>(DemoOrganizations.all().stream()
                                .map(DemoOrganization::id)
                                .toList())
                        .size());
    }

    @Test
    void eachTokenCarriesItsOrganizationsIdAndRole() throws Exception {
        DevTokens tokens = new DevTokens(DevKeys.inDirectory(keys), DevTokens.DEFAULT_ISSUER);
        for (DemoOrganization org : DemoOrganizations.all()) {
            JsonNode claims = claims(DemoOrganizations.tokenFor(org, tokens, Duration.ofMinutes(5)));
            assertEquals(org.id().toString(), claims.path("org").asText());
            assertEquals(org.role(), claims.path("groups").path(0).asText());
        }
        JsonNode student = claims(DemoOrganizations.studentToken(tokens, Duration.ofMinutes(5)));
        assertEquals(
                DemoOrganizations.SCHOOL.id().toString(), student.path("org").asText());
        assertEquals("student", student.path("groups").path(0).asText());
    }

    private static boolean validTaxCode(String code) {
        int sum = 0;
        for (int i = 0; i < TAX_CODE_WEIGHTS.length; i++) {
            sum += TAX_CODE_WEIGHTS[i] * (code.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check < 10 && check == code.charAt(9) - '0';
    }

    private static JsonNode claims(String token) throws Exception {
        byte[] payload =
                Base64.getUrlDecoder().decode(List.of(token.split("\\.")).get(1));
        return new ObjectMapper().readTree(new String(payload, StandardCharsets.UTF_8));
    }
}
