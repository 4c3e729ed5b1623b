package org.jixiao.server.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.report.domain.DocumentKind;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.Severity;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.codes.StoredCodeLists;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.audit.AuditQuery;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.reports.ReportFilter;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.VisibleReports;
import org.jixiao.server.units.Units;
import org.jixiao.server.workflow.Explanations;
import org.jixiao.server.workflow.FindingKeys;
import org.springframework.stereotype.Service;

/**
 * The reviewer's desk in the service layer. A 财政审核人 sees the queue and comparisons of their district only (the
 * reports come through {@link VisibleReports}, which scopes them); an administrator sees every district, read-only;
 * everyone else is refused, whatever page or API asks.
 */
@Service
public class ReviewDesk {

    /** How many similar units a comparison shows at most. */
    static final int SIMILAR = 3;

    /** The sort orders of the queue, by the name a page or API passes. */
    public static final List<String> SORTS = List.of("state", "submitted", "unit", "year", "errors", "warnings");

    private final VisibleReports visible;
    private final RuleEngine engine;
    private final Explanations explanations;
    private final AuditLog audit;
    private final Units units;
    /**
     * Finding counts per report version and code lists: a version never changes, so its check is computed once — again
     * only when an administrator changed the code lists (their change counter is part of the key).
     */
    private final Map<String, Counts> counts = new ConcurrentHashMap<>();
    private final StoredCodeLists codeLists;

    ReviewDesk(VisibleReports visible, RuleEngine engine, Explanations explanations, AuditLog audit, Units units, StoredCodeLists codeLists) {
        this.visible = visible;
        this.engine = engine;
        this.explanations = explanations;
        this.audit = audit;
        this.units = units;
        this.codeLists = codeLists;
    }

    /** The district's reports (every report for an administrator), narrowed by state and year, in the given order. */
    public List<QueueEntry> queue(Account who, ReportState state, Integer year, String sort) {
        requireDesk(who);
        String order = sort == null || sort.isBlank() ? "state" : sort;
        if (!SORTS.contains(order)) throw new Invalid("排序方式“" + sort + "”不可用，请选择 " + String.join("、", SORTS) + " 之一。");
        ReportFilter filter = new ReportFilter(null, null, state, year, false);
        List<ReportSummary> reports = visible.list(who, filter);
        Long district = who.scope() instanceof Scope.OfDistrict d ? d.districtId() : null;
        Map<Long, Instant> submitted = new HashMap<>();
        for (AuditEntry e : audit.find(new AuditQuery(null, "SUBMIT", null, district, null, null, null, 10_000))) {
            if (e.reportId() != null) submitted.putIfAbsent(e.reportId(), e.occurredAt()); // newest first
        }
        List<QueueEntry> entries = new ArrayList<>();
        long lists = codeLists.version();
        for (ReportSummary r : reports) {
            Counts c = counts.get(r.id() + ":" + r.version() + ":" + lists); // loaded and checked only when its version was not yet
            if (c == null) c = counts(visible.open(who, r.id()), lists);
            Set<String> explained = explanations.of(r.id()).keySet();
            long explainedWarnings = c.warningKeys().stream().filter(explained::contains).count();
            entries.add(new QueueEntry(r.id(), r.unitCode(), r.unitName(), r.fiscalYear(), r.state().name(), r.state().label(), r.version(),
                    submitted.get(r.id()), c.errors(), c.warnings(), c.infos(), explainedWarnings));
        }
        entries.sort(comparator(order));
        return entries;
    }

    /** The report beside the unit's previous year and the most similar units of the district in the same year. */
    public Comparison compare(Account who, long id) {
        requireDesk(who);
        ReportSnapshot self = visible.open(who, id);
        List<Comparison.Column> columns = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        columns.add(column(self, "本报告"));
        reports.add(self.report());

        visible.list(who, new ReportFilter(self.unitId(), null, null, self.fiscalYear() - 1, false)).stream().findFirst().ifPresent(prior -> {
            ReportSnapshot p = visible.open(who, prior.id());
            columns.add(column(p, "上年度"));
            reports.add(p.report());
        });

        // Similar: the same document kinds first (同类单位), then, if fewer than SIMILAR, units sharing at least one kind
        // (部分同类单位); within each, the nearest 支出合计 first. A unit sharing no kind is never compared.
        Set<DocumentKind> documents = EnumSet.noneOf(DocumentKind.class);
        documents.addAll(self.report().header().documents());
        Optional<BigDecimal> expenditure = KeyFigure.EXPENDITURE_TOTAL.value(self.report());
        List<ReportSnapshot> similar = visible.list(who, new ReportFilter(null, self.districtId(), null, self.fiscalYear(), false)).stream()
                .filter(r -> r.id() != self.id())
                .map(r -> visible.open(who, r.id()))
                .filter(s -> s.report().header().documents().stream().anyMatch(documents::contains))
                .sorted(Comparator.comparing((ReportSnapshot s) -> sameDocuments(documents, s) ? 0 : 1)
                        .thenComparing(s -> distance(expenditure, KeyFigure.EXPENDITURE_TOTAL.value(s.report())),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReportSnapshot::id))
                .limit(SIMILAR)
                .toList();
        for (ReportSnapshot s : similar) {
            columns.add(column(s, sameDocuments(documents, s) ? "同类单位" : "部分同类单位"));
            reports.add(s.report());
        }

        List<Comparison.Row> rows = new ArrayList<>();
        for (KeyFigure figure : KeyFigure.values()) {
            List<String> values = reports.stream().map(r -> figure.text(r).orElse(null)).toList();
            List<Comparison.Difference> differences = new ArrayList<>();
            if (!figure.textual()) {
                Optional<BigDecimal> mine = figure.value(reports.get(0));
                for (int i = 1; i < reports.size(); i++) {
                    Optional<BigDecimal> theirs = figure.value(reports.get(i));
                    differences.add(difference(i, mine, theirs));
                }
            }
            rows.add(new Comparison.Row(figure.name(), figure.label(), figure.unit(), values, differences));
        }
        return new Comparison(self.id(), columns.get(0).unitName(), self.fiscalYear(), columns, rows);
    }

    /** This minus that, and the change in percent of that (two decimals, half up); null where it cannot be said. */
    static Comparison.Difference difference(int column, Optional<BigDecimal> mine, Optional<BigDecimal> theirs) {
        if (mine.isEmpty() || theirs.isEmpty()) return new Comparison.Difference(column, null, null);
        BigDecimal diff = mine.get().subtract(theirs.get());
        BigDecimal percent = theirs.get().signum() == 0 ? null
                : diff.multiply(BigDecimal.valueOf(100)).divide(theirs.get().abs(), 2, RoundingMode.HALF_UP);
        return new Comparison.Difference(column, diff, percent);
    }

    private static boolean sameDocuments(Set<DocumentKind> documents, ReportSnapshot other) {
        Set<DocumentKind> theirs = EnumSet.noneOf(DocumentKind.class);
        theirs.addAll(other.report().header().documents());
        return theirs.equals(documents);
    }

    private static BigDecimal distance(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() && b.isPresent() ? a.get().subtract(b.get()).abs() : null;
    }

    private Comparison.Column column(ReportSnapshot s, String relation) {
        String name = units.byId(s.unitId()).map(u -> u.name()).orElse(s.report().header().unitName());
        return new Comparison.Column(s.id(), name, s.fiscalYear(), relation, s.state().label());
    }

    /** Only a reviewer or an administrator uses the desk. */
    static void requireDesk(Account who) {
        if (who.role() != Role.REVIEWER && who.role() != Role.ADMIN) {
            throw new Forbidden("审核台只供财政审核人使用；单位用户请在“我的工作台”查看本单位的报告。");
        }
    }

    private Counts counts(ReportSnapshot snapshot, long lists) {
        String key = snapshot.id() + ":" + snapshot.version() + ":" + lists;
        Counts known = counts.get(key);
        if (known != null) return known;
        CheckResult result = engine.check(snapshot.report());
        Set<String> warningKeys = new HashSet<>();
        result.findings().stream().filter(f -> f.severity() == Severity.WARNING).forEach(f -> warningKeys.add(FindingKeys.of(f)));
        Counts c = new Counts(result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO), Set.copyOf(warningKeys));
        if (counts.size() > 10_000) counts.clear();
        counts.put(key, c);
        return c;
    }

    private record Counts(long errors, long warnings, long infos, Set<String> warningKeys) {}

    private static Comparator<QueueEntry> comparator(String sort) {
        Comparator<QueueEntry> byUnit = Comparator.comparing(QueueEntry::unitCode);
        return switch (sort) {
            case "submitted" -> Comparator.comparing(QueueEntry::submittedAt, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byUnit);
            case "unit" -> byUnit.thenComparing(QueueEntry::fiscalYear, Comparator.reverseOrder());
            case "year" -> Comparator.comparing(QueueEntry::fiscalYear, Comparator.reverseOrder()).thenComparing(byUnit);
            case "errors" -> Comparator.comparing(QueueEntry::errors, Comparator.reverseOrder()).thenComparing(byUnit);
            case "warnings" -> Comparator.comparing((QueueEntry e) -> e.warnings() - e.explainedWarnings(), Comparator.reverseOrder())
                    .thenComparing(byUnit);
            // What waits for the reviewer first: submitted, then approved (to publish), then the rest.
            default -> Comparator.comparing((QueueEntry e) -> stateRank(e.state()))
                    .thenComparing(QueueEntry::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byUnit);
        };
    }

    private static int stateRank(String state) {
        return switch (ReportState.valueOf(state)) {
            case SUBMITTED -> 0;
            case APPROVED -> 1;
            case RETURNED -> 2;
            case DRAFT -> 3;
            case PUBLISHED -> 4;
        };
    }
}
