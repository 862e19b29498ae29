package vn.practica.platform.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a test handler writes when it applies an event, in the inbox's transaction. */
@Entity
@Table(name = "applied_effect")
public class AppliedEffect {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "event_id")
    String eventId;

    protected AppliedEffect() {}

    AppliedEffect(String eventId) {
        this.eventId = eventId;
    }
}
