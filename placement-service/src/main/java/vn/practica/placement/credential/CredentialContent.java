package vn.practica.placement.credential;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a credential says, gathered from the completed placement: who issues it (the school, by its DID) and who
 * hosted the work, the practical work and its field, the items it practised with their scores, the hours, the
 * student's DID or salted identity hash, and where its revocation bit is.
 */
record CredentialContent(
        UUID credentialId,
        String issuerDid,
        String schoolName,
        String businessName,
        UUID placementId,
        UUID offerId,
        String title,
        String fieldCode,
        String fieldName,
        String contributionKind,
        int agreedHours,
        BigDecimal approvedHours,
        List<ItemResult> items,
        Instant issuedAt,
        LocalDate startedOn,
        LocalDate completedOn,
        SubjectIdentity subject,
        StatusEntry status) {
    CredentialContent {
        items = List.copyOf(items);
    }

    /** A learning objective: the CASE item, as catalog names it, and its mean score (1 to 5). */
    record ItemResult(UUID itemId, String caseUri, String humanCode, String statement, BigDecimal meanScore) {}

    /**
     * How the credential names the student: by the DID the student chose (the subject's {@code id}), or else as an
     * OB 3.0 IdentityObject, {@code sha256$<hex>} of the identifier with the salt appended.
     */
    record SubjectIdentity(String did, String identityType, String identityHash, String salt) {
        static SubjectIdentity ofDid(String did) {
            return new SubjectIdentity(did, null, null, null);
        }

        static SubjectIdentity hashed(String identityType, String identityHash, String salt) {
            return new SubjectIdentity(null, identityType, identityHash, salt);
        }
    }

    /** The credential's bit in its issuer's Bitstring Status List. */
    record StatusEntry(String statusListUrl, int statusList, int statusIndex) {}
}
