package vn.practica.placement.student;

import java.util.List;

/**
 * What a student changes in their own profile; a null member stays as it is. Interests are distinct and
 * sorted ({@link FieldInterests}); an empty or blank CV summary clears it.
 */
public record ProfileEdit(List<String> fieldInterests, String cvSummary, List<String> links) {
    public ProfileEdit {
        fieldInterests = fieldInterests == null ? null : FieldInterests.of(fieldInterests);
        links = links == null ? null : List.copyOf(links);
    }

    /** The CV summary as stored: stripped, null when blank. */
    String storedCvSummary() {
        return cvSummary == null || cvSummary.isBlank() ? null : cvSummary.strip();
    }
}
