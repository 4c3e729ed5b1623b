package org.jixiao.server.reports;

/**
 * Which reports a list shows; a null field does not filter. {@code publishedOnly} keeps the reports that have a
 * published version (also while a correction of it is being prepared).
 */
public record ReportFilter(Long unitId, Long districtId, ReportState state, Integer fiscalYear, boolean publishedOnly) {

    public static ReportFilter all() {
        return new ReportFilter(null, null, null, null, false);
    }

    public static ReportFilter ofUnit(long unitId) {
        return new ReportFilter(unitId, null, null, null, false);
    }

    public static ReportFilter ofDistrict(long districtId) {
        return new ReportFilter(null, districtId, null, null, false);
    }

    public static ReportFilter published() {
        return new ReportFilter(null, null, null, null, true);
    }

    public ReportFilter inState(ReportState wanted) {
        return new ReportFilter(unitId, districtId, wanted, fiscalYear, publishedOnly);
    }

    public ReportFilter inYear(int year) {
        return new ReportFilter(unitId, districtId, state, year, publishedOnly);
    }
}
