package org.jixiao.server.reports;

import java.util.List;
import java.util.Optional;
import org.jixiao.report.domain.Report;

/** The stored reports and their versions. */
public interface Reports {

    /**
     * Stores a new report of a unit for the fiscal year its header names, as version 1 in state DRAFT.
     *
     * @throws IllegalArgumentException when the unit already has a report for that year
     */
    ReportSnapshot create(long unitId, Report report, Edit edit);

    /** The current version of a report with the lock version a save must present. */
    Optional<ReportSnapshot> current(long id);

    /** The current version as canonical JSON text (docs/report-format.md), as stored. */
    Optional<String> currentJson(long id);

    /**
     * Saves an edited content as a new version if nobody saved since {@code expectedLockVersion} was read;
     * the version row and the report row change in one transaction.
     */
    SaveOutcome save(long id, long expectedLockVersion, Report report, Edit edit);

    /** The versions of a report, oldest first. */
    List<ReportVersion> history(long id);

    /** The content of one version. */
    Optional<Report> version(long id, int number);

    /** The content of one version as canonical JSON text, as stored. */
    Optional<String> versionJson(long id, int number);

    /** All reports, by fiscal year (newest first) and unit code. */
    default List<ReportSummary> list() {
        return list(ReportFilter.all());
    }

    /** The reports the filter keeps, by fiscal year (newest first) and unit code. */
    List<ReportSummary> list(ReportFilter filter);

    /** The list line of one report, if it exists (one query by primary key, whatever the number of reports). */
    Optional<ReportSummary> summary(long id);

    /**
     * Moves a report from state {@code from} to {@code to} if nobody changed it since {@code expectedLockVersion}
     * was read. Moving to PUBLISHED also makes the current version the published one; the state change and
     * the lock version change in one statement.
     */
    TransitionOutcome transition(long id, long expectedLockVersion, ReportState from, ReportState to);

    /**
     * The reports of the given fiscal years whose current or published version contains {@code text} anywhere in its
     * stored JSON (a coarse search, e.g. for a code; the caller reads the hits to be sure). {@code text} must not
     * contain {@code %}, {@code _} or a backslash.
     */
    List<ReportSummary> mentioning(java.util.Collection<Integer> fiscalYears, String text);

    /** The version numbers that were published, oldest first. */
    List<Integer> publications(long id);

    /** The published version of a report as canonical JSON, when it has one. */
    Optional<String> publishedJson(long id);

    long count();
}
