package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;

/** The table comparison of a round trip, shared by the fixture and the synthetic round-trip tests. */
final class RoundTrips {

    private RoundTrips() {}

    /**
     * Every cell of the source's nine tables whose amount does not come back the same in the imported report
     * and every stated table number (row by key, cell by column key; a blank reads as zero, an all-blank row may come back absent).
     */
    static List<String> tableDifferences(Report source, Report back) {
        List<String> differences = new ArrayList<>();
        for (StatementTable t : tables(source)) {
            Optional<StatementTable> other = back.finalAccountsPart().flatMap(a -> a.table(t.kind()));
            if (other.isEmpty()) {
                if (!TableLayouts.isEmpty(t)) differences.add(t.kind() + ": table missing");
                continue;
            }
            if (t.number() != null && !t.number().replaceAll("\\s+", "").equals(other.get().label().replaceAll("\\s+", ""))) {
                differences.add(t.kind() + ": number " + t.number() + " → " + other.get().label());
            }
            for (TableRow r : t.rows()) {
                Optional<TableRow> o = other.get().row(r.key());
                for (Map.Entry<String, Figure> cell : r.cells().entrySet()) {
                    Optional<BigDecimal> want = Numbers.amountOf(cell.getValue());
                    Optional<BigDecimal> got = o.flatMap(x -> Optional.ofNullable(x.cells().get(cell.getKey()))).flatMap(Numbers::amountOf);
                    boolean zero = want.map(v -> v.signum() == 0).orElse(false);
                    if (o.isEmpty() && zero) continue;
                    if (want.isPresent() && (got.isEmpty() ? !zero : got.get().compareTo(want.get()) != 0)) {
                        differences.add(t.kind() + " " + r.key() + "/" + cell.getKey() + ": " + cell.getValue().text() + " → "
                                + o.map(x -> String.valueOf(x.cells().get(cell.getKey()))).orElse("(row missing)"));
                    }
                }
            }
        }
        return differences;
    }

    static List<StatementTable> tables(Report r) {
        return r.finalAccountsPart().map(a -> a.tables()).orElse(List.of());
    }
}
