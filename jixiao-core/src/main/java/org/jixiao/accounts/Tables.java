package org.jixiao.accounts;

import java.util.List;
import java.util.Optional;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;

/** Small look-ups on the stated tables shared by the table kinds. */
final class Tables {

    private Tables() {
    }

    static Optional<StatementTable> table(Report report, String kind) {
        return report.finalAccountsPart().flatMap(f -> f.table(TableKind.valueOf(kind)));
    }

    static List<StatementTable> tables(Report report, List<String> kinds) {
        if (report.finalAccounts() == null) return List.of();
        if (kinds.isEmpty()) return report.finalAccounts().tables();
        return report.finalAccounts().tables().stream().filter(t -> kinds.contains(t.kind().name())).toList();
    }

    static List<TableRow> codeRows(StatementTable table, int length) {
        return table.rows().stream().filter(r -> r.isCode() && r.key().length() == length).toList();
    }

    static List<TableRow> children(StatementTable table, TableRow parent) {
        if (parent.key().equals("total")) return codeRows(table, 3);
        int length = parent.key().length() + 2;
        return table.rows().stream().filter(r -> r.isCode() && r.key().length() == length && r.key().startsWith(parent.key())).toList();
    }
}
