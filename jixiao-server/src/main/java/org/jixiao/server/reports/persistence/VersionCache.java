package org.jixiao.server.reports.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently read report versions of this instance, as stored text (one array per version: cheap for the
 * garbage collector, which copies every cached entry that outlives a young collection). A version
 * row never changes once committed (a save appends a new one), so an entry is never stale, in this instance or
 * because of another; only committed versions go in (see {@link JdbcReports}). Bounded, least recently used out.
 */
final class VersionCache {

    private record Key(long reportId, int version) {}

    private final Map<Key, String> entries;

    VersionCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized String get(long reportId, int version) {
        return entries.get(new Key(reportId, version));
    }

    synchronized void put(long reportId, int version, String json) {
        entries.put(new Key(reportId, version), json);
    }
}
