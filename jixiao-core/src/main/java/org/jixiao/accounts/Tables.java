package org.jixiao.accounts;

import java.util.List;
import java.util.Optional;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;

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
}
