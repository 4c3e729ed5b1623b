package org.jixiao.server.reports;

/**
 * One value that differs between two versions: where (a JSON pointer into the report and a Chinese label built
 * from the table, row and column names on the way), and the value before and after as written (null where
 * there was none).
 */
public record Change(String pointer, String label, String before, String after) {
}
