package vn.practica.catalog.search;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.catalog.curriculum.CurriculumLimits;
import vn.practica.catalog.field.FieldCodes;
import vn.practica.catalog.organization.OrganizationProfile;

/** A programme found by search. */
@Schema(name = "ProgramSearchResult", description = "A programme found by search")
public record ProgramSearchResult(
        UUID id,
        UUID schoolId,

        @Schema(maxLength = OrganizationProfile.MAX_SHORT_NAME, description = "The school's short name")
        String schoolName,

        @Schema(maxLength = FieldCodes.MAX_LENGTH) String fieldCode,

        @Schema(minimum = "" + CurriculumLimits.MIN_LEVEL, maximum = "" + CurriculumLimits.MAX_LEVEL)
        int level,

        @Schema(maxLength = CurriculumLimits.NAME) String nameVi,
        @Schema(maxLength = CurriculumLimits.NAME) String nameEn) {}
