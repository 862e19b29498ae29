package vn.practica.placement.credential;

import java.time.LocalDate;
import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.events.placement.CredentialIssuedEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.platform.outbox.OutboxEvent;

/** Maps an issued credential to the event contract: ids and the student's pseudonym, nothing the credential says. */
final class CredentialEvents {
    private CredentialEvents() {}

    static OutboxEvent issued(StoredCredential c, UUID pseudonym, String fieldCode, LocalDate issuedOn) {
        String placementId = c.placementId().toString();
        CredentialIssuedEventData data = new CredentialIssuedEventData(
                c.id().toString(),
                placementId,
                c.schoolId().toString(),
                c.businessId().toString(),
                pseudonym.toString(),
                fieldCode,
                issuedOn.toString());
        return new OutboxEvent(
                Topics.PLACEMENT,
                PlacementEventTypes.AGGREGATE_PLACEMENT,
                placementId,
                PlacementEventTypes.CREDENTIAL_ISSUED,
                data);
    }
}
