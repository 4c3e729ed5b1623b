package org.jixiao.server.reports;

/** What came of moving a report from one workflow state to another. */
public sealed interface TransitionOutcome {

    /** The report is now in the new state; the next write must present {@code lockVersion}. */
    record Moved(ReportState state, long lockVersion) implements TransitionOutcome {}

    /** Someone changed the report (content or state) since it was read: nothing was written. */
    record Conflict(ReportState currentState, long currentLockVersion) implements TransitionOutcome {}

    /** There is no report with that id. */
    record NotFound(long reportId) implements TransitionOutcome {}
}
