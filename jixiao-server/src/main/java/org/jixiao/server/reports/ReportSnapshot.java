package org.jixiao.server.reports;

import org.jixiao.report.domain.Report;

/**
 * A report's current version as loaded, with the lock version that the next save must present. Two sessions
 * that load the same snapshot and both save: the first wins, the second gets a {@link SaveOutcome.Conflict}.
 * {@code publishedVersion} is the version the public sees (0 while nothing is published).
 */
public record ReportSnapshot(long id, long unitId, long districtId, int fiscalYear, ReportState state, int version, long lockVersion,
        int publishedVersion, Report report) {
}
