package org.jixiao.narrative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.TableKind;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Provenance;

/** Which table cell a narrative subject restates, read from {@code narrative/table-bindings.tsv}. */
final class TableBindings {

    record Binding(String key, Measure measure, TableKind table, String row, String column) {
    }

    record Cell(Binding binding, Amount amount, String text, String label, Provenance at) {
    }

    private static final TableBindings STANDARD = load("/narrative/table-bindings.tsv");

    private final List<Binding> bindings;
    /** The bindings by subject key, in file order. */
    private final Map<String, List<Binding>> byKey = new HashMap<>();

    private TableBindings(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
        for (Binding b : this.bindings) byKey.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(b);
        byKey.replaceAll((k, list) -> List.copyOf(list));
    }

    static TableBindings standard() {
        return STANDARD;
    }

    List<Binding> forKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The first cell bound to the key and measure that the report states, read through {@code cells} (the run's). */
    Optional<Cell> cell(String key, Measure measure, Function<Binding, Optional<Cell>> cells) {
        for (Binding b : forKey(key)) {
            if (b.measure() != measure) continue;
            Optional<Cell> c = cells.apply(b);
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    static Optional<Cell> cell(Report report, Binding b) {
        return report.finalAccountsPart().flatMap(f -> f.table(b.table())).flatMap(t -> t.row(b.row()).flatMap(r -> r.cell(b.column())
                .flatMap(fig -> fig.amount().map(a -> new Cell(b, a, fig.text(), t.label() + " " + (r.name() != null ? r.name() : r.key())
                        + "/" + b.column(), fig.at() != null ? fig.at() : r.at())))));
    }

    private static TableBindings load(String resource) {
        try (InputStream in = TableBindings.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<Binding> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                Measure m = switch (f[1]) {
                    case "budget" -> Measure.BUDGET;
                    case "prior" -> Measure.PRIOR;
                    default -> Measure.ACTUAL;
                };
                out.add(new Binding(f[0], m, TableKind.valueOf(f[2]), f[3], f[4]));
            }
            return new TableBindings(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
