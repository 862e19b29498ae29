package vn.practica.placement.credential;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The student's credentials, newest first. */
@Schema(name = "MyCredentials", description = "Your credentials, newest first (one per completed placement)")
public record MyCredentialsResponse(
        @Schema(maxItems = 10_000) List<CredentialSummaryResponse> credentials) {}
