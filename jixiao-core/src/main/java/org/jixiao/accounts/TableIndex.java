package org.jixiao.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.rules.CheckContext;

/**
 * The rows of one statement table by key and by place in the code hierarchy, built once per check run
 * ({@link CheckContext}) instead of scanning the rows for every look-up. Lists keep the table's row order.
 */
final class TableIndex {

    private final Map<String, TableRow> byKey = new HashMap<>();
    private final Map<Integer, List<TableRow>> codeRowsByLength = new HashMap<>();
    private final Map<String, List<TableRow>> childrenByParent = new HashMap<>();

    private TableIndex(StatementTable table) {
        for (TableRow row : table.rows()) {
            byKey.putIfAbsent(row.key(), row);
            if (!row.isCode()) continue;
            String key = row.key();
            codeRowsByLength.computeIfAbsent(key.length(), n -> new ArrayList<>()).add(row);
            childrenByParent.computeIfAbsent(key.substring(0, key.length() - 2), k -> new ArrayList<>()).add(row);
        }
        codeRowsByLength.replaceAll((length, rows) -> List.copyOf(rows));
        childrenByParent.replaceAll((parent, rows) -> List.copyOf(rows));
    }

    static TableIndex of(StatementTable table, CheckContext context) {
        return context.derived(TableIndex.class, table, () -> new TableIndex(table));
    }

    /** The first row with the key, as {@link StatementTable#row} finds it. */
    Optional<TableRow> row(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The code rows of one level: 类 3 digits, 款 5, 项 7. */
    List<TableRow> codeRows(int length) {
        return codeRowsByLength.getOrDefault(length, List.of());
    }

    /** The code rows one level below a row: the 类 rows under {@code total}, else the codes that extend its key by two digits. */
    List<TableRow> children(TableRow parent) {
        if (parent.key().equals("total")) return codeRows(3);
        return childrenByParent.getOrDefault(parent.key(), List.of());
    }
}
