package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.shared.Amount;

/** A report's narrative as read for checking: the passages with their mentions, and the report's tables. */
final class Narrative {

    private final Report report;
    private final List<Passage> passages;
    private List<Shares.Share> shares;
    private final Map<Class<?>, Object> derived = new HashMap<>();

    Narrative(Report report) {
        this.report = report;
        this.passages = NarrativeReader.read(report).stream().filter(p -> !"glossary".equals(p.part())).toList();
    }

    Report report() {
        return report;
    }

    List<Passage> passages() {
        return passages;
    }

    /** The share claims (占X%) bound to their wholes; found once per narrative, then remembered. */
    synchronized List<Shares.Share> shares() {
        if (shares == null) shares = List.copyOf(Shares.of(this));
        return shares;
    }

    /**
     * A value derived from this narrative for one kind of rule (several rules of a kind share it): computed on first
     * use, then remembered, like the shares.
     */
    synchronized <T> T derived(Class<T> type, Supplier<T> compute) {
        Object value = derived.get(type);
        if (value == null) {
            value = Objects.requireNonNull(compute.get(), "derived value");
            derived.put(type, value);
        }
        return type.cast(value);
    }

    /** A mention with the paragraph that states it. */
    record Stated(Passage passage, Mention mention) {
    }

    /** The money mentions whose subject is the key, in the order of the text. */
    List<Stated> money(String key) {
        return derived(MoneyByKey.class, () -> {
            Map<String, List<Stated>> byKey = new HashMap<>();
            for (Passage p : passages) {
                for (Mention m : p.mentions()) {
                    if (m.isMoney() && m.key() != null) byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(new Stated(p, m));
                }
            }
            return new MoneyByKey(byKey);
        }).byKey().getOrDefault(key, List.of());
    }

    private record MoneyByKey(Map<String, List<Stated>> byKey) {
    }

    /** The table cell a binding names in this report, read once per run (rules and share claims ask again and again). */
    Optional<TableBindings.Cell> cell(TableBindings.Binding binding) {
        Cells cells = derived(Cells.class, () -> new Cells(new HashMap<>()));
        synchronized (cells) {
            return cells.byBinding().computeIfAbsent(binding, b -> TableBindings.cell(report, b));
        }
    }

    private record Cells(Map<TableBindings.Binding, Optional<TableBindings.Cell>> byBinding) {
    }

    /** A value bound to a subject, and where it came from. */
    record Bound(BigDecimal value, String source, boolean samePlace) {
    }

    /** The single value a subject has in this paragraph (measure actual or unstated); empty when absent or ambiguous. */
    static Optional<BigDecimal> uniqueIn(Passage p, String key, Predicate<Mention> filter) {
        Set<BigDecimal> values = new LinkedHashSet<>();
        for (Mention m : p.mentions()) {
            if (m.isMoney() && key.equals(m.key()) && filter.test(m)) values.add(m.wanYuan().stripTrailingZeros());
        }
        return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
    }

    /** The value of a subject: this paragraph, else the table cell it restates, else the narrative when unambiguous. */
    Optional<Bound> bind(Passage here, String key, Measure measure, Mention except) {
        Predicate<Mention> same = m -> m != except && m.measure().orActual() == measure && !"元".equals(m.unit());
        Optional<BigDecimal> local = uniqueIn(here, key, same);
        if (local.isEmpty() && !key.contains(":")) {
            // 占基本支出的… in a paragraph about 财政拨款基本支出: the paragraph's own scope is meant.
            Set<String> scoped = new LinkedHashSet<>();
            for (Mention m : here.mentions()) {
                if (m.key() != null && m.key().endsWith(":" + key)) scoped.add(m.key());
            }
            if (scoped.size() == 1) local = uniqueIn(here, scoped.iterator().next(), same);
        }
        if (local.isPresent()) return Optional.of(new Bound(local.get(), "本段", true));
        Optional<TableBindings.Cell> cell = TableBindings.standard().cell(key, measure, this::cell);
        if (cell.isPresent()) return Optional.of(new Bound(cell.get().amount().wanYuan(), cell.get().label(), true));
        Set<BigDecimal> values = new LinkedHashSet<>();
        List<Passage> where = new ArrayList<>();
        for (Passage p : passages) {
            uniqueIn(p, key, same).ifPresent(v -> {
                values.add(v);
                where.add(p);
            });
            if (p != here && p.mentions().stream().anyMatch(m -> key.equals(m.key()) && same.test(m))
                    && uniqueIn(p, key, same).isEmpty()) return Optional.empty();
        }
        if (values.size() != 1) return Optional.empty();
        return Optional.of(new Bound(values.iterator().next(), "情况说明" + where.get(0).where(), false));
    }

    Optional<StatementTable> table(TableKind kind) {
        return report.finalAccountsPart().flatMap(f -> f.table(kind));
    }

    static Optional<Amount> amountOf(StatementTable t, String row, String column) {
        return t.row(row).flatMap(r -> r.cell(column)).flatMap(f -> f.amount());
    }
}
