package vn.practica.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Projects placement-service's events into reporting's facts a poll's batch at a time: a national matching
 * round's hundreds of thousands of events cost one transaction per batch, not one per event.
 */
@ApplicationScoped
public class PlacementEventsListener {
    private final PlacementEventBatches batches;

    PlacementEventsListener(PlacementEventBatches batches) {
        this.batches = batches;
    }

    @Incoming("placement-events")
    @Blocking
    public void onPlacementEvents(ConsumerRecords<String, String> records) {
        batches.apply(records);
    }
}
