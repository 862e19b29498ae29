package vn.practica.platform.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** Which handler applies which event types, with the data record each expects. Unrouted types are skipped. */
public final class EventRoutes {
    private record Route<T>(Predicate<String> accepts, Class<T> dataType, BiConsumer<T, IncomingEvent> handler) {}

    private final List<Route<?>> routes = new ArrayList<>();

    public <T> EventRoutes on(Predicate<String> accepts, Class<T> dataType, BiConsumer<T, IncomingEvent> handler) {
        routes.add(new Route<>(accepts, dataType, handler));
        return this;
    }

    /** True when some route applies this type; other types need no transaction and no inbox row. */
    boolean accepts(String type) {
        return routes.stream().anyMatch(route -> route.accepts().test(type));
    }

    void dispatch(IncomingEvent event, EventData eventData) {
        for (Route<?> route : routes) {
            if (route.accepts().test(event.type())) {
                apply(route, event, eventData);
                return;
            }
        }
    }

    private static <T> void apply(Route<T> route, IncomingEvent event, EventData eventData) {
        route.handler().accept(eventData.read(event, route.dataType()), event);
    }
}
