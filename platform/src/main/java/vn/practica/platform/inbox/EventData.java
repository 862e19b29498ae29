package vn.practica.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads an event's JSON data into its contract record; bad data is a malformed event, not a retry. */
@ApplicationScoped
public class EventData {
    private final ObjectMapper json;

    EventData(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.id() + " data is not a " + type.getSimpleName(), e);
        }
    }
}
