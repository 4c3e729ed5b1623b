package org.jixiao.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map of bounded size that forgets the least recently used entry first, safe to share between threads. Meant for
 * values that never go stale for their key (a stored report version, the templates of a year): a value is computed
 * outside the lock, so two threads asking for the same missing key may both compute it and the later one stays.
 * Null values are never stored.
 *
 * <pre>{@code
 * BoundedCache<Key, Checked> checks = new BoundedCache<>(400);
 * Checked c = checks.computeIfAbsent(key, k -> engine.check(report));
 * }</pre>
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    /** A cache holding at most {@code capacity} entries (at least one). */
    public BoundedCache(int capacity) {
        int bound = Math.max(1, capacity);
        this.entries = new LinkedHashMap<>(bound * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > bound;
            }
        };
    }

    /** The value remembered for the key, or null. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Remembers the value for the key (a null value is ignored). */
    public synchronized void put(K key, V value) {
        if (value != null) entries.put(key, value);
    }

    /** The remembered value, or the computed one (remembered unless null). */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V known = get(key);
        if (known != null) return known;
        V computed = compute.apply(key);
        put(key, computed);
        return computed;
    }

    /** How many entries are held now. */
    public synchronized int size() {
        return entries.size();
    }
}
