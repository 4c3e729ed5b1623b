package org.jixiao.report.json;

/**
 * A report document that cannot be read: names the field (a JSON path such as
 * {@code finalAccounts.tables[2].rows[5].cells.total}), the offending value and what to do.
 */
public final class ReportFormatException extends RuntimeException {

    private final String field;
    private final String value;

    public ReportFormatException(String field, String value, String reason) {
        super(describe(field, value, reason));
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    private static String describe(String field, String value, String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append("字段 ").append(field == null || field.isEmpty() ? "(文档)" : field);
        if (value != null) sb.append(" 的值 “").append(value).append("”");
        sb.append("：").append(reason);
        return sb.toString();
    }
}
