/**
 * Editing a report's content in the service layer: edits addressed by JSON pointer into the canonical report
 * (docs/report-format.md) — a cell's value, or a row inserted into or removed from one of the report's row lists
 * ({@code RowLists}: a public table's code rows, a 自评表's indicators, the 基础数据表's 项目支出 items) — checked as
 * you type without saving ({@code preview}), saved as a new version under the optimistic lock with one audit entry
 * per edit, and pre-filled from an uploaded DOCX, XLSX, PDF or text document through the importer.
 */
package org.jixiao.server.editing;
