/**
 * The versioned JSON exchange format of a report (docs/report-format.md, schema in
 * {@code schema/report-1.0.schema.json}). {@link org.jixiao.report.json.ReportJson} reads strictly — an
 * unknown field, a wrong type, an amount that is not a number, or a code that is not in the year's code
 * list is a {@link org.jixiao.report.json.ReportFormatException} naming the field and the value — and
 * writes canonically, so that reading then writing a canonical document gives the same JSON.
 */
package org.jixiao.report.json;
