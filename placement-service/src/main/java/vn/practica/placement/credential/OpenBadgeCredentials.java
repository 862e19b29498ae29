package vn.practica.placement.credential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.time.ZoneOffset;
import vn.practica.placement.credential.CredentialContent.ItemResult;

/**
 * Writes a credential's content as an Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model 2.0): the
 * school issues, the practical work is the achievement aligned to its CASE items, the results are the mean score
 * per item and the approved hours, the evidence is the placement's summary without contact data.
 */
final class OpenBadgeCredentials {
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    private static final String HOURS_RESULT = "urn:practica:result:approved-hours";

    private OpenBadgeCredentials() {}

    static ObjectNode write(ObjectMapper json, CredentialContent c) {
        ObjectNode vc = json.createObjectNode();
        vc.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        vc.put("id", "urn:uuid:" + c.credentialId());
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = vc.putObject("issuer");
        issuer.put("id", c.issuerDid());
        issuer.putArray("type").add("Profile");
        issuer.put("name", c.schoolName());
        vc.put("name", "Practical work: " + c.title());
        vc.put("validFrom", c.issuedAt().toString());
        subject(vc.putObject("credentialSubject"), c);
        evidence(vc.putArray("evidence").addObject(), c);
        ObjectNode status = vc.putObject("credentialStatus");
        status.put("id", c.status().statusListUrl() + "#" + c.status().statusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(c.status().statusIndex()));
        status.put("statusListCredential", c.status().statusListUrl());
        ObjectNode schema = vc.putArray("credentialSchema").addObject();
        schema.put("id", OB_SCHEMA);
        schema.put("type", "1EdTechJsonSchemaValidator2019");
        return vc;
    }

    private static void subject(ObjectNode subject, CredentialContent c) {
        subject.putArray("type").add("AchievementSubject");
        identify(subject, c.subject());
        if (c.startedOn() != null) {
            subject.put(
                    "activityStartDate",
                    c.startedOn()
                            .atTime(LocalTime.MIDNIGHT)
                            .toInstant(ZoneOffset.ofHours(7))
                            .toString());
        }
        subject.put(
                "activityEndDate",
                c.completedOn()
                        .atTime(LocalTime.MIDNIGHT)
                        .toInstant(ZoneOffset.ofHours(7))
                        .toString());
        achievement(subject.putObject("achievement"), c);
        ArrayNode results = subject.putArray("result");
        for (ItemResult item : c.items()) {
            ObjectNode result = results.addObject();
            result.putArray("type").add("Result");
            result.put("resultDescription", itemResultId(item));
            result.put(
                    "value", item.meanScore().setScale(2, RoundingMode.HALF_UP).toPlainString());
            alignment(result.putArray("alignment").addObject(), item);
        }
        ObjectNode hours = results.addObject();
        hours.putArray("type").add("Result");
        hours.put("resultDescription", HOURS_RESULT);
        hours.put("value", c.approvedHours().stripTrailingZeros().toPlainString());
    }

    /** OB 3.0 asks for the subject's id, or at least one identifier: the student's DID, or else the salted hash. */
    private static void identify(ObjectNode subject, CredentialContent.SubjectIdentity who) {
        if (who.did() != null) {
            subject.put("id", who.did());
            return;
        }
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", who.identityHash());
        identity.put("identityType", who.identityType());
        identity.put("hashed", true);
        identity.put("salt", who.salt());
    }

    private static void achievement(ObjectNode achievement, CredentialContent c) {
        achievement.put("id", "urn:uuid:" + c.offerId());
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "ext:PracticalWork");
        achievement.put("name", c.title());
        achievement.put(
                "description",
                "Practical work (" + c.contributionKind() + ") in " + c.fieldName() + ", hosted by " + c.businessName()
                        + " under Vietnam's Learning from Practical Work programme.");
        achievement
                .putObject("criteria")
                .put(
                        "narrative",
                        "The logbook's approved hours reached the agreed "
                                + c.agreedHours()
                                + " hours and the business's mentor and the school's supervisor evaluated the"
                                + " learner on every learning objective.");
        achievement.put("fieldOfStudy", c.fieldName());
        achievement.put("humanCode", c.fieldCode());
        achievement.put("inLanguage", "vi");
        ArrayNode alignments = achievement.putArray("alignment");
        c.items().forEach(item -> alignment(alignments.addObject(), item));
        ArrayNode descriptions = achievement.putArray("resultDescription");
        for (ItemResult item : c.items()) {
            ObjectNode description = descriptions.addObject();
            description.put("id", itemResultId(item));
            description.putArray("type").add("ResultDescription");
            description.put("name", "Mean evaluation score: " + label(item));
            description.put("resultType", "ScaledScore");
            description.put("valueMin", "1");
            description.put("valueMax", "5");
            alignment(description.putArray("alignment").addObject(), item);
        }
        ObjectNode hours = descriptions.addObject();
        hours.put("id", HOURS_RESULT);
        hours.putArray("type").add("ResultDescription");
        hours.put("name", "Approved logbook hours");
        hours.put("resultType", "ext:ApprovedHours");
        hours.put("valueMin", Integer.toString(c.agreedHours()));
    }

    private static void alignment(ObjectNode alignment, ItemResult item) {
        alignment.putArray("type").add("Alignment");
        alignment.put("targetName", label(item));
        alignment.put("targetUrl", item.caseUri());
        alignment.put("targetType", "CFItem");
        if (item.humanCode() != null) {
            alignment.put("targetCode", item.humanCode());
        }
    }

    private static void evidence(ObjectNode evidence, CredentialContent c) {
        evidence.put("id", "urn:uuid:" + c.placementId());
        evidence.putArray("type").add("Evidence");
        evidence.put("name", "Placement summary");
        evidence.put("genre", "Placement");
        evidence.put(
                "narrative",
                c.title() + " at " + c.businessName() + " (" + c.fieldName() + "): "
                        + c.approvedHours().stripTrailingZeros().toPlainString() + " approved hours of "
                        + c.agreedHours()
                        + " agreed, completed on " + c.completedOn() + ", issued by " + c.schoolName() + ".");
    }

    private static String itemResultId(ItemResult item) {
        return "urn:practica:result:item:" + item.itemId();
    }

    private static String label(ItemResult item) {
        return item.humanCode() == null ? item.statement() : item.humanCode() + " " + item.statement();
    }
}
