package org.jixiao.server.reports;

/** What came of saving an edited report. A conflict is an outcome the user must see, not an exception. */
public sealed interface SaveOutcome {

    /** The content was stored as {@code version}; the next save must present {@code lockVersion}. */
    record Saved(int version, long lockVersion) implements SaveOutcome {}

    /**
     * Someone saved since this session loaded the report: nothing was written. The current version, its
     * author and the lock version to present after reloading are named.
     */
    record Conflict(int currentVersion, String savedBy, long currentLockVersion) implements SaveOutcome {

        /** A message for the user, e.g. 报告已被 fuze 保存为第3版，请重新载入后再修改。 */
        public String message() {
            return "报告已被 " + savedBy + " 保存为第" + currentVersion + "版，您的修改未保存；请重新载入后再修改。";
        }
    }

    /** There is no report with that id. */
    record NotFound(long reportId) implements SaveOutcome {}
}
