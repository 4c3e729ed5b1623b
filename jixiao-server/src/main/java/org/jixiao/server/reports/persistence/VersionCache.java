package org.jixiao.server.reports.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.report.domain.Report;

/**
 * The most recently read report versions of this instance, as stored text and as the model read from it. A version
 * row never changes once committed (a save appends a new one), so an entry is never stale, in this instance or
 * because of another; only committed versions go in (see {@link JdbcReports}). Bounded, least recently used out.
 */
final class VersionCache {

    record Entry(String json, Report report) {}

    private record Key(long reportId, int version) {}

    private final Map<Key, Entry> entries;

    VersionCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Entry get(long reportId, int version) {
        return entries.get(new Key(reportId, version));
    }

    synchronized void put(long reportId, int version, Entry entry) {
        entries.put(new Key(reportId, version), entry);
    }
}
