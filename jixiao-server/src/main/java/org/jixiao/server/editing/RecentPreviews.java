package org.jixiao.server.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.FindingPointers;

/**
 * The last edits checked on each version, so that saving the edits just previewed does not check them again. The
 * key is the report, the version the edits apply to, the edits themselves and the change counter of the code lists:
 * the same edits on the same stored version with the same lists give the same report and the same check. Bounded,
 * least recently used out.
 */
final class RecentPreviews {

    /**
     * A version with edits applied: the report, what each edit did, why a save of them would be refused (null if it
     * would not), the code lists' change counter, its check and the places of its findings.
     */
    record Applied(Report report, List<CellEdits.Change> changes, org.jixiao.server.problems.Invalid saveRefusal, long codeLists,
            CheckResult check, FindingPointers pointers) {}

    private record Key(long reportId, int version, long codeLists, List<CellEdit> edits) {}

    private final Map<Key, Applied> recent;

    RecentPreviews(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Applied> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The known result for these edits on this version, or the computed one (remembered). */
    Applied computeIfAbsent(long reportId, int version, long codeLists, List<CellEdit> edits, Supplier<Applied> compute) {
        Key key = new Key(reportId, version, codeLists, edits == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(edits)));
        synchronized (this) {
            Applied known = recent.get(key);
            if (known != null) return known;
        }
        Applied computed = compute.get();
        synchronized (this) {
            recent.put(key, computed);
        }
        return computed;
    }
}
