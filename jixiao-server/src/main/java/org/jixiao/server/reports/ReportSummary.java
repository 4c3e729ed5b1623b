package org.jixiao.server.reports;

/**
 * A line of a report list: which unit in which district, which year, what state, which version, and which
 * version the public sees (0 while nothing is published).
 */
public record ReportSummary(long id, String unitCode, String unitName, long districtId, int fiscalYear, ReportState state, int version,
        int publishedVersion) {
}
