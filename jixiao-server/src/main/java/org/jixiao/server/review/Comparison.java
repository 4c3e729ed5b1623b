package org.jixiao.server.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report side by side with the reports it is compared with: the unit's previous fiscal year (if there is one) and
 * similar units of the district in the same year. {@code columns.get(0)} is the report itself; each row holds one key
 * figure across the columns with, for every other column, the difference (this report − that one) and the change in
 * percent of that one (null when either is not stated or that one is zero).
 */
public record Comparison(long reportId, String unitName, int fiscalYear, List<Column> columns, List<Row> rows) {

    /** A compared report; {@code relation} says why it is here: 本报告, 上年度, 同类单位. */
    public record Column(long reportId, String unitName, int fiscalYear, String relation, String stateLabel) {}

    /** One key figure: the values as shown (null when not stated), and the differences against the first column. */
    public record Row(String key, String label, String unit, List<String> values, List<Difference> differences) {}

    /** Against column {@code column}: this report minus that one, and the change in percent of that one (two decimals). */
    public record Difference(int column, BigDecimal difference, BigDecimal percent) {}
}
