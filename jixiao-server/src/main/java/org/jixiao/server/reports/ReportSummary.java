package org.jixiao.server.reports;

/** A line of the report list: which unit, which year, what state, which version. */
public record ReportSummary(long id, String unitCode, String unitName, int fiscalYear, ReportState state, int version) {
}
