package org.jixiao.server.editing;

import java.util.List;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.shared.BoundedCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The 情况说明 drafted from each stored report version, drafted once per instance: a version never changes once
 * committed, and the drafting reads only the report and the shipped sentence templates, so an entry is never stale
 * on any instance. Opening the editor then costs neither the drafting nor reading the report model; a save
 * remembers the drafting of the edits it saved (done by their preview). Bounded, least recently used out
 * ({@code jixiao.cache.drafted}).
 */
@Component
class DraftedVersions {

    private record Key(long reportId, int version) {}

    private final BoundedCache<Key, List<DraftedView>> drafted;

    DraftedVersions(@Value("${jixiao.cache.drafted:1000}") int capacity) {
        this.drafted = new BoundedCache<>(capacity);
    }

    /** The drafted paragraphs of the snapshot's stored version. */
    List<DraftedView> of(ReportSnapshot snapshot) {
        return drafted.computeIfAbsent(new Key(snapshot.id(), snapshot.version()), k -> DraftedView.of(snapshot.report()));
    }

    /** Records the drafting of a version just committed. */
    void remember(long reportId, int version, List<DraftedView> paragraphs) {
        drafted.put(new Key(reportId, version), paragraphs);
    }
}
