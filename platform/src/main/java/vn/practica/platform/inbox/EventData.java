package vn.practica.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads an event's JSON data into its contract record; bad data is a malformed event, not a retry. Unknown
 * properties are ignored here, unlike in request bodies: producers only ever add fields, and a consumer
 * built before a field existed must still apply the event.
 */
@ApplicationScoped
public class EventData {
    private final ObjectMapper json;

    EventData(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(event.data());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.id() + " data is not a " + type.getSimpleName(), e);
        }
    }
}
