package org.jixiao.server.editing;

/**
 * One edited value: where (a JSON pointer into the canonical report, e.g.
 * {@code /finalAccounts/tables/0/rows/3/cells/amount}) and the new text as the user typed it ("" removes the
 * value: missing means "cannot check", never zero).
 */
public record CellEdit(String pointer, String value) {
}
