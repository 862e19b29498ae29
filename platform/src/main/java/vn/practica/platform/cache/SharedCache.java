package vn.practica.platform.cache;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What one instance keeps of a table every instance shares, by key: dropped whole whenever any instance, any
 * writer, changes the table (ChangeNotices), and at the latest after a maximum age. A value loaded while a
 * change was announced is not kept, so a read never keeps what a concurrent change made stale. While notices
 * cannot be received every read goes to the database.
 */
public final class SharedCache<K, V> {
    private final String table;
    private final int maxEntries;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile long clearedAt;
    private volatile boolean trusted;

    SharedCache(String table, int maxEntries, long maxAgeNanos, LongSupplier clock) {
        this.table = table;
        this.maxEntries = maxEntries;
        this.maxAgeNanos = maxAgeNanos;
        this.clock = clock;
        this.clearedAt = clock.getAsLong();
    }

    /** The table whose changes drop this cache. */
    public String table() {
        return table;
    }

    /** The value of {@code key}, loaded by {@code loader} (which must not return null) unless held. */
    public V get(K key, Function<? super K, ? extends V> loader) {
        if (clock.getAsLong() - clearedAt > maxAgeNanos) {
            invalidate();
        }
        V held = entries.get(key);
        if (held != null) {
            return held;
        }
        long before = generation.get();
        V loaded = loader.apply(key);
        keep(key, loaded, before);
        return loaded;
    }

    /** Holds a value loaded in generation {@code before}, unless a change was announced since. */
    private void keep(K key, V value, long before) {
        if (trusted && entries.size() < maxEntries) {
            entries.put(key, value);
            if (generation.get() != before || !trusted) {
                entries.remove(key, value);
            }
        }
    }

    /**
     * The values of {@code keys}: those held, and the others loaded together by {@code loader}, which must answer
     * for every key it is given.
     */
    public Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> loader) {
        if (clock.getAsLong() - clearedAt > maxAgeNanos) {
            invalidate();
        }
        Map<K, V> found = new HashMap<>();
        Set<K> missing = new HashSet<>();
        for (K key : keys) {
            V held = entries.get(key);
            if (held != null) {
                found.put(key, held);
            } else {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        long before = generation.get();
        Map<K, V> loaded = loader.apply(missing);
        for (K key : missing) {
            V value = loaded.get(key);
            if (value == null) {
                throw new IllegalStateException("the loader of " + table + " gave no value for " + key);
            }
            found.put(key, value);
            keep(key, value, before);
        }
        return found;
    }

    /** Drops everything held: the table changed, or may have changed unseen. */
    void invalidate() {
        generation.incrementAndGet();
        clearedAt = clock.getAsLong();
        entries.clear();
    }

    /** Whether changes are being received: only then is anything kept. */
    void trust(boolean receiving) {
        trusted = receiving;
        invalidate();
    }

    int size() {
        return entries.size();
    }
}
