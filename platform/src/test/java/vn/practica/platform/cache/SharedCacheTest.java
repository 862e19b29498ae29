package vn.practica.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SharedCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final SharedCache<String, String> cache = new SharedCache<>("t", 3, 1_000, now::get);

    private String load(String key) {
        return key + loads.incrementAndGet();
    }

    @Test
    void holdsALoadedValueUntilTheTableChanges() {
        cache.trust(true);
        assertEquals("a1", cache.get("a", this::load));
        assertEquals("a1", cache.get("a", this::load));
        cache.invalidate();
        assertEquals("a2", cache.get("a", this::load));
    }

    @Test
    void keepsNothingWhileChangesAreNotReceived() {
        assertEquals("a1", cache.get("a", this::load));
        assertEquals("a2", cache.get("a", this::load));
        cache.trust(true);
        cache.get("a", this::load);
        cache.trust(false);
        assertEquals("a4", cache.get("a", this::load));
    }

    @Test
    void doesNotKeepAValueLoadedWhileAChangeWasAnnounced() {
        cache.trust(true);
        assertEquals("a1", cache.get("a", key -> {
            cache.invalidate(); // the change committed while the old row was being read
            return load(key);
        }));
        assertEquals("a2", cache.get("a", this::load));
    }

    @Test
    void dropsEverythingOnceTheMaximumAgeHasPassed() {
        cache.trust(true);
        cache.get("a", this::load);
        now.addAndGet(1_000);
        assertEquals("a1", cache.get("a", this::load));
        now.addAndGet(1);
        assertEquals("a2", cache.get("a", this::load));
    }

    @Test
    void holdsNoMoreThanItsMaximumNumberOfKeys() {
        cache.trust(true);
        for (String key : List.of("a", "b", "c", "d")) {
            cache.get(key, this::load);
        }
        assertEquals(3, cache.size());
        assertEquals("d5", cache.get("d", this::load));
    }

    @Test
    void loadsOnlyTheMissingKeysTogether() {
        cache.trust(true);
        cache.get("a", this::load);
        Map<String, String> values = cache.getAll(List.of("a", "b", "c"), missing -> {
            assertEquals(Set.of("b", "c"), missing);
            Map<String, String> loaded = new HashMap<>();
            missing.forEach(key -> loaded.put(key, load(key)));
            return loaded;
        });
        assertEquals("a1", values.get("a"));
        assertEquals(3, values.size());
        assertEquals(values, cache.getAll(List.of("a", "b", "c"), missing -> Map.of()));
    }

    @Test
    void refusesALoaderThatLeavesAKeyUnanswered() {
        cache.trust(true);
        assertThrows(IllegalStateException.class, () -> cache.getAll(List.of("a", "b"), missing -> Map.of("a", "x")));
    }
}
