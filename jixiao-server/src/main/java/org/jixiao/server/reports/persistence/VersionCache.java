package org.jixiao.server.reports.persistence;

import org.jixiao.shared.BoundedCache;

/**
 * The most recently read report versions of this instance, as stored text (one array per version: cheap for the
 * garbage collector, which copies every cached entry that outlives a young collection). A version
 * row never changes once committed (a save appends a new one), so an entry is never stale, in this instance or
 * because of another; only committed versions go in (see {@link JdbcReports}). Bounded, least recently used out.
 */
final class VersionCache {

    private record Key(long reportId, int version) {}

    private final BoundedCache<Key, String> entries;

    VersionCache(int capacity) {
        this.entries = new BoundedCache<>(capacity);
    }

    String get(long reportId, int version) {
        return entries.get(new Key(reportId, version));
    }

    void put(long reportId, int version, String json) {
        entries.put(new Key(reportId, version), json);
    }
}
