package org.jixiao.server.editing;

import java.util.List;
import java.util.function.Supplier;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.FindingPointers;
import org.jixiao.shared.BoundedCache;

/**
 * The last edits checked on each version, so that saving the edits just previewed does not check them again. The
 * key is the report, the version the edits apply to, the edits themselves and the change counter of the code lists:
 * the same edits on the same stored version with the same lists give the same report and the same check. Bounded,
 * least recently used out.
 */
final class RecentPreviews {

    /**
     * A version with edits applied: the report, what each edit did, why a save of them would be refused (null if it
     * would not), the code lists' change counter, its check, the places of its findings and its drafted 情况说明.
     */
    record Applied(Report report, List<CellEdits.Change> changes, org.jixiao.server.problems.Invalid saveRefusal, long codeLists,
            CheckResult check, FindingPointers pointers, List<DraftedView> drafted) {}

    private record Key(long reportId, int version, long codeLists, List<CellEdit> edits) {}

    private final BoundedCache<Key, Applied> recent;

    RecentPreviews(int capacity) {
        this.recent = new BoundedCache<>(capacity);
    }

    /** The known result for these edits on this version, or the computed one (remembered). */
    Applied computeIfAbsent(long reportId, int version, long codeLists, List<CellEdit> edits, Supplier<Applied> compute) {
        Key key = new Key(reportId, version, codeLists, edits == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(edits)));
        return recent.computeIfAbsent(key, k -> compute.get());
    }
}
