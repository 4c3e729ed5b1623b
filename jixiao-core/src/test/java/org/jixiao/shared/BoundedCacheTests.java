package org.jixiao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTests {

    @Test
    void forgetsTheLeastRecentlyUsedEntryBeyondItsCapacity() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat(cache.get("a")).isEqualTo(1); // a is now the most recently used
        cache.put("c", 3);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("c")).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void computesAMissingValueOnceAndNeverStoresNull() {
        BoundedCache<String, String> cache = new BoundedCache<>(4);
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.computeIfAbsent("k", k -> k + computed.incrementAndGet())).isEqualTo("k1");
        assertThat(cache.computeIfAbsent("k", k -> k + computed.incrementAndGet())).isEqualTo("k1");
        assertThat(computed).hasValue(1);
        assertThat(cache.computeIfAbsent("n", k -> null)).isNull();
        cache.put("m", null);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aCapacityBelowOneHoldsOneEntry() {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(0);
        cache.put(1, 1);
        cache.put(2, 2);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(2)).isEqualTo(2);
    }
}
