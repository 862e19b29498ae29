package vn.practica.placement.student;

import java.util.List;

/**
 * What a student changes in their own profile, as sent; a null member stays as it is. An empty or blank CV
 * summary or credential DID clears it.
 */
public record ProfileEdit(List<String> fieldInterests, String cvSummary, List<String> links, String credentialDid) {
    public ProfileEdit {
        fieldInterests = fieldInterests == null ? null : List.copyOf(fieldInterests);
        links = links == null ? null : List.copyOf(links);
    }

    /** The interests as stored: distinct and sorted ({@link FieldInterests}). */
    List<String> storedInterests() {
        return FieldInterests.of(fieldInterests);
    }

    /** The credential DID as stored: null when empty. */
    String storedCredentialDid() {
        return credentialDid == null || credentialDid.isEmpty() ? null : credentialDid;
    }

    /** The CV summary as stored: stripped, null when blank. */
    String storedCvSummary() {
        return cvSummary == null || cvSummary.isBlank() ? null : cvSummary.strip();
    }
}
