package vn.practica.events.placement;

/**
 * Data of {@code credential.issued}: placement-service issued the verifiable credential (an Open Badges 3.0
 * {@code OpenBadgeCredential}) of a completed placement. Pseudonymous: the credential's content (scores, hours, the
 * student's hashed identity) stays with the credential, which its holder alone decides to show.
 *
 * @param credentialId the credential's id ({@code urn:uuid:} of it in the credential)
 * @param placementId the completed placement's id; also the record key and {@code ce_subject}
 * @param schoolId the issuing school
 * @param businessId the business that hosted the work
 * @param studentId the student's pseudonymous id, as in student events
 * @param fieldCode the field of practical work
 * @param issuedOn the day it was issued, ISO date (Vietnam time)
 */
public record CredentialIssuedEventData(
        String credentialId,
        String placementId,
        String schoolId,
        String businessId,
        String studentId,
        String fieldCode,
        String issuedOn) {}
