package vn.practica.catalog.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/v1/organizations}. */
public record RegisterOrganizationRequest(
        @NotNull @Pattern(regexp = "SCHOOL|BUSINESS|AGENCY", message = "must be SCHOOL, BUSINESS or AGENCY")
        String kind,

        @NotBlank @Size(max = 32) String identifier,
        @NotBlank @Size(max = 300) String legalName,
        @NotBlank @Size(max = 100) String shortName,
        @NotBlank @Size(max = 8) String provinceCode,
        @Size(max = 500) String address,

        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String website,

        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Size(max = 10) List<@NotBlank String> fieldCodes) {}
