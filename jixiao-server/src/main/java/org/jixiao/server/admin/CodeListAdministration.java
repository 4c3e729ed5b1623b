package org.jixiao.server.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.codes.CodeEntry;
import org.jixiao.codes.Scheme;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.codes.CodeListEntries;
import org.jixiao.server.codes.StoredCodeLists;
import org.jixiao.server.problems.Conflict;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.NotFound;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.years.FiscalYear;
import org.jixiao.server.years.FiscalYears;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator keeps the code lists (政府收支分类科目): adds a code to a year's list, renames one, removes one, and
 * imports a year's list from a CSV ({@link CodeCsv}). 管理员 only; every change is checked completely first, written
 * with its audit entry in one transaction, and raises the lists' change counter, so that the checker of every
 * instance uses the new list from its next check ({@link StoredCodeLists}). An administrator's codes are theirs: the
 * bundled lists loaded at start never change or restore them.
 *
 * <p>Rules: the level and parent follow from the code (类 3 digits, 款 5, 项 7), and the parent must be in the list. A
 * single code is added only to a year that has a list of the scheme (a new year's list starts with an import, since
 * a year with a list of its own no longer uses the earlier year's). A code is removed only when no code of the list
 * hangs under it and no report it serves uses it (in its current or published version): removing it would turn
 * those reports' rows into errors the unit can no longer see coming. An import adds the codes that are missing,
 * renames those whose name differs and leaves codes absent from the file as they are; all or nothing.
 */
@Service
public class CodeListAdministration {

    private static final int NAMED_REPORTS = 5;

    private final CodeListEntries entries;
    private final StoredCodeLists lists;
    private final Reports reports;
    private final FiscalYears years;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    CodeListAdministration(CodeListEntries entries, StoredCodeLists lists, Reports reports, FiscalYears years, AuditLog audit,
            TransactionTemplate transaction) {
        this.entries = entries;
        this.lists = lists;
        this.reports = reports;
        this.years = years;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** The years that have a list of either scheme, ascending. */
    public List<Integer> years(Account who) {
        Administration.requireAdmin(who);
        Set<Integer> all = new TreeSet<>();
        for (Scheme scheme : Scheme.values()) all.addAll(entries.years(scheme));
        return List.copyOf(all);
    }

    /** Adds a code to the year's list; {@code level} and {@code parent}, when given, must be those the code implies. */
    public CodeEntry add(Account who, Integer year, Scheme scheme, String code, String name, Integer level, String parent) {
        Administration.requireAdmin(who);
        int y = year(year);
        Scheme s = scheme(scheme);
        String c = code(code, s);
        String n = name(name);
        int l = CodeCsv.level(c);
        String p = CodeCsv.parent(c);
        if (level != null && level != l) {
            throw new Invalid("级次 " + level + " 与编码 " + c + " 不符：" + c.length() + "位编码是" + CodeCsv.levelName(l) + "（级次 " + l + "），请改正或不填级次。");
        }
        if (parent != null && !parent.isBlank() && !parent.strip().equals(p)) {
            throw new Invalid("上级编码“" + parent.strip() + "”与编码 " + c + " 不符：" + (p == null ? "类级编码没有上级" : "上级应为 " + p) + "，请改正或不填上级编码。");
        }
        if (!entries.years(s).contains(y)) {
            throw new Conflict(y + "年还没有" + s.label() + "代码表：请先从 CSV 导入该年度的完整代码表，再逐条新增编码。"
                    + "（没有本年代码表时，该年度的报告按此前最近年度的代码表核查。）");
        }
        Optional<CodeListEntries.Stored> stored = entries.find(y, s, c);
        if (stored.isPresent() && !stored.get().retired()) {
            throw new Conflict("编码 " + c + " 已在" + listName(y, s) + "中（名称“" + stored.get().entry().name() + "”）；如需改名请在列表中修改名称。");
        }
        if (p != null && entries.find(y, s, p).filter(e -> !e.retired()).isEmpty()) {
            throw new Invalid("上级编码 " + p + " 不在" + listName(y, s) + "中：请先新增上级科目 " + p + "，再新增 " + c + "。");
        }
        CodeEntry entry = new CodeEntry(c, n, l, p);
        String source = sourceOf(y, s, null);
        transaction.executeWithoutResult(status -> {
            entries.put(y, s, List.of(entry), source);
            audit.record(AuditEntry.general(who.username(), "ADMIN_ADD_CODE", subject(y, s, c),
                    (stored.isPresent() ? "恢复已删除的编码" : "新增编码") + "（" + CodeCsv.levelName(l) + (p == null ? "" : "，上级 " + p) + "）",
                    null, n));
        });
        return entry;
    }

    /** Renames a code of the year's list. */
    public CodeEntry rename(Account who, int year, Scheme scheme, String code, String name) {
        Administration.requireAdmin(who);
        Scheme s = scheme(scheme);
        CodeEntry before = active(year, s, code);
        String n = name(name);
        if (n.equals(before.name())) return before;
        CodeEntry after = new CodeEntry(before.code(), n, before.level(), before.parent());
        transaction.executeWithoutResult(status -> {
            entries.put(year, s, List.of(after), sourceOf(year, s, null));
            audit.record(AuditEntry.general(who.username(), "ADMIN_RENAME_CODE", subject(year, s, before.code()), "编码改名", before.name(), n));
        });
        return after;
    }

    /** Removes a code from the year's list: refused while a code of the list hangs under it or a report uses it. */
    public void remove(Account who, int year, Scheme scheme, String code) {
        Administration.requireAdmin(who);
        Scheme s = scheme(scheme);
        CodeEntry entry = active(year, s, code);
        List<String> children = entries.entries(year, s).stream().filter(e -> entry.code().equals(e.parent())).map(CodeEntry::code).toList();
        if (!children.isEmpty()) {
            throw new Conflict("编码 " + entry.code() + " 下还有 " + children.size() + " 个下级科目（" + String.join("、", children.subList(0, Math.min(5,
                    children.size()))) + (children.size() > 5 ? "等" : "") + "），不能删除；请先删除这些下级科目。");
        }
        List<ReportSummary> using = usedBy(year, s, entry.code());
        if (!using.isEmpty()) {
            List<String> named = using.stream().map(r -> r.unitName() + " " + r.fiscalYear() + "年度（" + r.state().label() + "）").toList();
            throw new Conflict("编码 " + entry.code() + "（" + entry.name() + "）正被 " + using.size() + " 份报告使用："
                    + String.join("、", named.subList(0, Math.min(NAMED_REPORTS, named.size()))) + (named.size() > NAMED_REPORTS ? "等" : "")
                    + "，不能删除；删除后这些报告的该行都会成为错误。如确需删除，请先请单位改正这些报告。", named);
        }
        transaction.executeWithoutResult(status -> {
            entries.retire(year, s, entry.code());
            audit.record(AuditEntry.general(who.username(), "ADMIN_REMOVE_CODE", subject(year, s, entry.code()), "删除编码", entry.name(), null));
        });
    }

    /**
     * Imports a year's list of a scheme from a CSV ({@link CodeCsv}): every line is checked first; if any is bad, nothing
     * is written and the refusal names each bad line with what to do. Codes missing from the list are added, codes
     * whose name differs are renamed, codes as stored are counted as unchanged; codes stored but absent from the file
     * stay (remove them one by one). One audit entry per added or renamed code, and one for the import.
     */
    public CodeImport importList(Account who, Integer year, Scheme scheme, String fileName, byte[] csv) {
        Administration.requireAdmin(who);
        int y = year(year);
        Scheme s = scheme(scheme);
        if (csv == null || csv.length == 0) throw new Invalid("请选择要导入的代码表 CSV 文件（编码,名称）。");
        CodeCsv.Parsed parsed = CodeCsv.parse(csv, s);
        List<String> problems = new ArrayList<>(parsed.problems());
        Map<String, CodeListEntries.Stored> stored = new HashMap<>();
        for (CodeEntry e : entries.entries(y, s)) stored.put(e.code(), new CodeListEntries.Stored(e, false, false, null));
        Set<String> inFile = new LinkedHashSet<>();
        parsed.lines().forEach(l -> inFile.add(l.code()));
        List<CodeEntry> toAdd = new ArrayList<>();
        List<CodeEntry> toRename = new ArrayList<>();
        Map<String, String> renamedFrom = new HashMap<>();
        int unchanged = 0;
        for (CodeCsv.Line line : parsed.lines()) {
            String parent = CodeCsv.parent(line.code());
            if (parent != null && !inFile.contains(parent) && !stored.containsKey(parent)) {
                problems.add("第" + line.number() + "行：编码 " + line.code() + " 的上级编码 " + parent + " 既不在文件中，也不在" + listName(y, s)
                        + "中；请在文件中加上 " + parent + " 这一行。");
                continue;
            }
            CodeEntry entry = new CodeEntry(line.code(), line.name(), CodeCsv.level(line.code()), parent);
            CodeListEntries.Stored old = stored.get(line.code());
            if (old == null) {
                toAdd.add(entry);
            } else if (old.entry().name().equals(line.name())) {
                unchanged++;
            } else {
                toRename.add(entry);
                renamedFrom.put(line.code(), old.entry().name());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(CodeListAdministration::lineOf));
            throw new Invalid("导入未执行，代码表没有任何改动：文件中有 " + problems.size() + " 处问题，请改正后重新导入。" + problems.get(0), problems);
        }
        String file = fileName == null || fileName.isBlank() ? "代码表.csv" : org.jixiao.server.reports.UploadedReports.safeName(fileName);
        String source = parsed.source() != null ? parsed.source()
                : sourceOf(y, s, "管理员 " + who.username() + " 于 " + LocalDate.now(AdminPages.BEIJING) + " 从 " + file + " 导入");
        int kept = unchanged;
        return transaction.execute(status -> {
            List<CodeEntry> written = new ArrayList<>(toAdd);
            written.addAll(toRename);
            entries.put(y, s, written, source);
            for (CodeEntry e : toAdd) {
                audit.record(AuditEntry.general(who.username(), "ADMIN_ADD_CODE", subject(y, s, e.code()),
                        "导入代码表新增（" + CodeCsv.levelName(e.level()) + (e.parent() == null ? "" : "，上级 " + e.parent()) + "）", null, e.name()));
            }
            for (CodeEntry e : toRename) {
                audit.record(AuditEntry.general(who.username(), "ADMIN_RENAME_CODE", subject(y, s, e.code()), "导入代码表改名",
                        renamedFrom.get(e.code()), e.name()));
            }
            audit.record(AuditEntry.general(who.username(), "ADMIN_IMPORT_CODES", "代码表 " + y + " " + s.label(),
                    "从 " + file + " 导入：新增 " + toAdd.size() + " 条、改名 " + toRename.size() + " 条、未变 " + kept + " 条（" + parsed.charset() + "）",
                    null, String.join(",", written.stream().map(CodeEntry::code).toList())));
            return new CodeImport(y, s.name(), toAdd.size(), toRename.size(), kept, parsed.charset(), source,
                    toAdd.stream().map(CodeEntry::code).toList(), toRename.stream().map(CodeEntry::code).toList());
        });
    }

    /**
     * The reports that use {@code code} of the scheme's list of {@code year}: those of the fiscal years this list
     * serves whose current or published version has a table row with that code.
     */
    List<ReportSummary> usedBy(int year, Scheme scheme, String code) {
        Set<Integer> served = new TreeSet<>();
        for (FiscalYear fy : years.all()) {
            if (lists.yearUsedFor(fy.year(), scheme) == year) served.add(fy.year());
        }
        List<ReportSummary> using = new ArrayList<>();
        for (ReportSummary candidate : reports.mentioning(served, "\"" + code + "\"")) {
            boolean uses = reports.current(candidate.id()).map(s -> lists(s.report(), code)).orElse(false)
                    || candidate.publishedVersion() > 0 && reports.version(candidate.id(), candidate.publishedVersion()).map(r -> lists(r, code)).orElse(false);
            if (uses) using.add(candidate);
        }
        return using;
    }

    private static boolean lists(Report report, String code) {
        return report.finalAccountsPart().map(f -> f.tables().stream().map(StatementTable::rows).flatMap(List::stream)
                .anyMatch((TableRow row) -> row.isCode() && code.equals(row.key()))).orElse(false);
    }

    private CodeEntry active(int year, Scheme scheme, String code) {
        String c = code == null ? "" : code.strip();
        return entries.find(year, scheme, c).filter(e -> !e.retired()).map(CodeListEntries.Stored::entry)
                .orElseThrow(() -> new NotFound(listName(year, scheme) + "中没有编码“" + c + "”。"));
    }

    /** The source of new rows: the file's, else the stored list's, else {@code fallback}. */
    private String sourceOf(int year, Scheme scheme, String fallback) {
        org.jixiao.codes.CodeList serving = lists.forYear(year).scheme(scheme);
        if (serving.year() == year && entries.years(scheme).contains(year)) return serving.source();
        return fallback == null ? "管理员维护" : fallback;
    }

    private static int lineOf(String problem) {
        var m = java.util.regex.Pattern.compile("^第(\\d+)行").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String listName(int year, Scheme scheme) {
        return year + "年" + scheme.label() + "代码表";
    }

    private static String subject(int year, Scheme scheme, String code) {
        return "代码表 " + year + " " + scheme.label() + " " + code;
    }

    private static int year(Integer year) {
        if (year == null) throw new Invalid("请给出代码表的年度（year），例如 2024。");
        if (year < 2000 || year > 2100) throw new Invalid("年度 " + year + " 不在 2000–2100 之间，请改正。");
        return year;
    }

    private static Scheme scheme(Scheme scheme) {
        if (scheme == null) throw new Invalid("请选择代码表：FUNCTIONAL（支出功能分类）或 ECONOMIC（部门预算支出经济分类）。");
        return scheme;
    }

    private static String code(String code, Scheme scheme) {
        String c = code == null ? "" : code.strip();
        String problem = CodeCsv.codeProblem(c, scheme);
        if (problem != null) throw new Invalid(problem);
        return c;
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        String problem = CodeCsv.nameProblem(n);
        if (problem != null) throw new Invalid(problem);
        return n;
    }
}
