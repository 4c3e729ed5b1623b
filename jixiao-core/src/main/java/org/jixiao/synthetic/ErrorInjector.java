package org.jixiao.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;

/**
 * Plants one realistic error of a chosen {@link ErrorCategory} into a consistent report and says which rules must
 * find it. The change is minimal: one cell or count, one percentage moved by 1.23 points, one amount moved by
 * 10.00 万元, one word. Works on the report's JSON tree, so every edit is an edit of stated text, as an author
 * would make it. A category that does not apply to a report (no 政府采购, no project with an adjustment …)
 * gives empty.
 */
public final class ErrorInjector {

    private static final BigDecimal TEN = new BigDecimal("10.00");
    private static final BigDecimal POINTS = new BigDecimal("1.23");

    private final ReportJson json = new ReportJson();

    public Optional<InjectedReport> inject(Report report, ErrorCategory category, long seed) {
        ObjectNode root = (ObjectNode) json.tree(report);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Optional<String> change = apply(root, category, random);
        if (change.isEmpty()) return Optional.empty();
        Report injected = json.read(root.toString());
        return Optional.of(new InjectedReport(injected, new GroundTruth(category, seed, change.get(), category.expected(), category.alsoAllowed())));
    }

    private Optional<String> apply(ObjectNode root, ErrorCategory category, SplittableRandom random) {
        return switch (category) {
            case TABLE_SUM -> {
                List<ObjectNode> categories = rows(root, "EXPENDITURE").stream().filter(r -> r.get("key").asText().length() == 3).toList();
                yield addToCell(pick(categories, random), "total", TEN);
            }
            case CROSS_TABLE -> {
                List<ObjectNode> rows = rows(root, "GENERAL_BUDGET_EXPENDITURE");
                List<ObjectNode> items = rows.stream().filter(r -> r.get("key").asText().length() == 7 && amount(r, "project").signum() > 0).toList();
                if (items.isEmpty()) yield Optional.empty();
                String code = pick(items, random).get("key").asText();
                for (ObjectNode r : rows) {
                    String key = r.get("key").asText();
                    if (key.equals("total") || code.startsWith(key)) {
                        addToCell(r, "total", TEN);
                        addToCell(r, "project", TEN);
                    }
                }
                yield Optional.of("公开05表 " + code + " 及其上级科目、合计 的合计和项目支出各 +10.00");
            }
            case ROW_BALANCE -> addToCell(pick(rows(root, "EXPENDITURE").stream().filter(r -> r.get("key").asText().length() == 7).toList(), random), "total", TEN);
            case THREE_PUBLIC_TOTAL -> addToCell(row(root, "THREE_PUBLIC_COSTS", "total"), "actual", TEN);
            case UNIT_FACTOR -> {
                for (ObjectNode r : rows(root, "EXPENDITURE")) {
                    ObjectNode cells = (ObjectNode) r.get("cells");
                    cells.fieldNames().forEachRemaining(c -> {
                        String text = cells.get(c).asText();
                        if (!text.isBlank()) cells.put(c, new BigDecimal(text).multiply(BigDecimal.valueOf(10000)).setScale(2).toPlainString());
                    });
                }
                yield Optional.of("公开03表 全表金额 × 10000（以元填列，单位仍标万元）");
            }
            case PROCUREMENT_SUM -> {
                JsonNode p = root.path("finalAccounts").path("disclosures").path("procurement");
                if (!p.has("total") || new BigDecimal(p.get("total").asText()).signum() == 0) yield Optional.empty();
                yield addToField((ObjectNode) p, "goods", TEN);
            }
            case HEADCOUNT_SUM -> addToField((ObjectNode) root.get("unit"), "staffTotal", BigDecimal.ONE);
            case VEHICLE_COUNT -> addToField((ObjectNode) root.path("finalAccounts").path("disclosures").path("assets"), "vehiclesTotal", BigDecimal.ONE);
            case SELF_EVALUATION_WEIGHTS -> {
                ObjectNode sheet = pick(sheets(root), random);
                ObjectNode section = (ObjectNode) sheet.get("sectionWeights").get(0);
                section.put("weight", "45");
                yield Optional.of(sheet.get("title").asText() + " 产出指标（50分） → 45");
            }
            case TOTAL_SCORE -> addToField(pick(sheets(root), random), "totalScore", POINTS);
            case GRADE -> {
                ObjectNode sheet = pick(sheets(root), random);
                String grade = sheet.get("grade").asText();
                String wrong = switch (grade) {
                    case "优" -> "良";
                    case "良" -> "优";
                    case "中" -> "良";
                    default -> "中";
                };
                sheet.put("grade", wrong);
                yield Optional.of("等级 " + grade + " → " + wrong);
            }
            case FULL_SCORE_UNMET -> fullScoreUnmet(root, random);
            case NARRATIVE_SHARE -> percent(root, Pattern.compile("占(?:[^，；。]{0,12}的)?(\\d+\\.\\d{2})%"), random, "final-accounts");
            case NARRATIVE_COMPLETION -> percent(root, Pattern.compile("完成年初预算的(\\d+\\.\\d{2})%"), random, "final-accounts");
            case CHANGE_PERCENT -> percent(root, Pattern.compile("收、支总计.{0,40}?(?:增长|下降)(\\d+\\.\\d{2})%"), random, "final-accounts");
            case ZERO_BASE_RATIO -> replace(root, Pattern.compile("^年初(?:预算为([\\d,]+\\.\\d{2})万元|未安排预算)，支出决算为([\\d,]+\\.\\d{2})万元，[^。]*。$"), random,
                    m -> "年初预算为0.00万元，支出决算为" + m.group(2) + "万元，完成年初预算的100.00%，决算数大于年初预算数的主要原因是年中追加安排专项工作经费。");
            case DIRECTION_WORD -> replace(root, Pattern.compile("决算数(大于|小于)年初预算数"), random,
                    m -> "决算数" + (m.group(1).equals("大于") ? "小于" : "大于") + "年初预算数");
            case NARRATIVE_AMOUNT -> amount(root, Pattern.compile("人员经费([\\d,]+\\.\\d{2})万元"), random);
            case CONTRADICTORY_AMOUNT -> amount(root, Pattern.compile("年度财政拨款支出([\\d,]+\\.\\d{2})万元，其中："), random);
            case NARRATIVE_COUNT -> count(root, Pattern.compile("共有车辆(\\d+)辆"), random);
            case OFFICE_COUNT_TEXT -> count(root, Pattern.compile("(\\d+)个(?:内设科室)?，分别是"), random);
            case THREE_PUBLIC_COUNTS -> {
                ObjectNode activity = (ObjectNode) root.path("finalAccounts").path("disclosures").path("threePublicActivity");
                boolean spent = amount(row(root, "THREE_PUBLIC_COSTS", "abroad"), "actual").signum() > 0;
                String before = activity.get("abroadGroups").asText() + "个/" + activity.get("abroadPersons").asText() + "人次";
                activity.put("abroadGroups", spent ? "0" : "1");
                activity.put("abroadPersons", spent ? "0" : "3");
                yield Optional.of("出国团组/人次 " + before + " → " + activity.get("abroadGroups").asText() + "个/" + activity.get("abroadPersons").asText() + "人次");
            }
            case BASE_DATA -> {
                for (JsonNode r : root.path("selfEvaluation").path("baseData").path("rows")) {
                    if (r.get("key").asText().equals("vehicle-running")) yield addToField((ObjectNode) r, "currentActual", TEN);
                }
                yield Optional.empty();
            }
            case CODE_LIST -> codeList(root, random);
            case FUND_SOURCES -> {
                for (JsonNode r : sheets(root).get(0).path("funds").path("rows")) {
                    if (r.get("key").asText().equals("current-fiscal")) yield addToField((ObjectNode) r, "fullYearBudget", TEN);
                }
                yield Optional.empty();
            }
            case EXECUTION_RATE -> {
                ObjectNode funds = (ObjectNode) pick(sheets(root), random).get("funds");
                BigDecimal rate = new BigDecimal(funds.get("executionRate").asText().replace("%", ""));
                BigDecimal moved = rate.add(POINTS).compareTo(BigDecimal.valueOf(100)) > 0 ? rate.subtract(POINTS) : rate.add(POINTS);
                funds.put("executionRate", moved.toPlainString() + "%");
                yield Optional.of("执行率 " + rate.toPlainString() + "% → " + moved.toPlainString() + "%");
            }
            case QUALITATIVE_BAND -> qualitativeBand(root, random);
            case VAGUE_INDICATOR -> {
                List<ObjectNode> qualitative = new ArrayList<>();
                for (ObjectNode sheet : sheets(root)) {
                    for (JsonNode i : sheet.get("indicators")) if (!i.get("target").asText().matches(".*\\d.*")) qualitative.add((ObjectNode) i);
                }
                if (qualitative.isEmpty()) yield Optional.empty();
                ObjectNode i = pick(qualitative, random);
                String before = i.get("target").asText();
                if (i.get("actual").asText().equals(before)) i.put("actual", "逐步提高");
                i.put("target", "逐步提高");
                yield Optional.of("指标“" + i.get("name").asText() + "”指标值 " + before + " → 逐步提高");
            }
            case TEXT_UNIT -> replace(root, Pattern.compile("公用经费([\\d,]+\\.\\d{2})万元"), random,
                    m -> "公用经费" + m.group(1) + "元");
            case PROJECT_BALANCE -> amount(root, Pattern.compile("结余结转([\\d,]+\\.\\d{2})万元"), random);
            case TEMPLATE_RESIDUE -> {
                Optional<String> done = replace(root, Pattern.compile("年中调增预算"), random, m -> "年中调增（减）预算");
                yield done.isPresent() ? done : replace(root, Pattern.compile("决算数(大于|小于)年初预算数"), random, m -> "决算数大于（小于）年初预算数");
            }
        };
    }

    private Optional<String> fullScoreUnmet(ObjectNode root, SplittableRandom random) {
        List<ObjectNode> candidates = new ArrayList<>();
        for (ObjectNode sheet : sheets(root)) {
            for (JsonNode i : sheet.get("indicators")) {
                String target = i.get("target").asText();
                if (target.matches("≥\\d+(次|件|场次|人)") && i.get("weight").asText().equals(i.get("score").asText())) candidates.add((ObjectNode) i);
            }
        }
        if (candidates.isEmpty()) return Optional.empty();
        ObjectNode i = pick(candidates, random);
        Matcher m = Pattern.compile("≥(\\d+)(\\D+)").matcher(i.get("target").asText());
        if (!m.matches()) return Optional.empty();
        int target = Integer.parseInt(m.group(1));
        String before = i.get("actual").asText();
        String after = (target * 9 / 10) + m.group(2);
        i.put("actual", after);
        return Optional.of("指标“" + i.get("name").asText() + "”实际完成值 " + before + " → " + after + "（目标 " + i.get("target").asText() + "，仍得满分）");
    }

    private Optional<String> codeList(ObjectNode root, SplittableRandom random) {
        int year = root.path("header").path("fiscalYear").asInt();
        org.jixiao.codes.CodeList functional = org.jixiao.codes.CodeLists.bundled().forYear(year).functional();
        List<String> items = rows(root, "GENERAL_BUDGET_EXPENDITURE").stream().map(r -> r.get("key").asText()).filter(k -> k.length() == 7).toList();
        String code = pick(items, random);
        String wrong = null;
        for (int n = 97; n > 80 && wrong == null; n--) {
            String candidate = code.substring(0, 5) + n;
            if (!functional.contains(candidate)) wrong = candidate;
        }
        if (wrong == null) return Optional.empty();
        for (String kind : List.of("INCOME", "EXPENDITURE", "GENERAL_BUDGET_EXPENDITURE")) {
            for (ObjectNode r : rows(root, kind)) if (r.get("key").asText().equals(code)) r.put("key", wrong);
        }
        return Optional.of("科目编码 " + code + " → " + wrong + "（02、03、05表）");
    }

    private Optional<String> qualitativeBand(ObjectNode root, SplittableRandom random) {
        record Candidate(ObjectNode sheet, ObjectNode indicator) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ObjectNode sheet : sheets(root)) {
            for (JsonNode i : sheet.get("indicators")) if (i.get("actual").asText().equals("达成年度指标")) candidates.add(new Candidate(sheet, (ObjectNode) i));
        }
        if (candidates.isEmpty()) return Optional.empty();
        Candidate c = pick(candidates, random);
        BigDecimal weight = new BigDecimal(c.indicator().get("weight").asText());
        BigDecimal before = new BigDecimal(c.indicator().get("score").asText());
        BigDecimal after = weight.divide(BigDecimal.valueOf(2), 1, java.math.RoundingMode.HALF_UP);
        c.indicator().put("score", after.stripTrailingZeros().toPlainString());
        c.indicator().put("deviationReason", "部分工作未按计划推进，下一步将加强督办");
        BigDecimal total = new BigDecimal(c.sheet().get("totalScore").asText()).subtract(before).add(after).setScale(2);
        c.sheet().put("totalScore", total.toPlainString());
        c.sheet().put("grade", SelfEvaluationWriter.grade(total));
        return Optional.of("指标“" + c.indicator().get("name").asText() + "”（达成年度指标）得分 " + before.toPlainString() + " → " + after.toPlainString()
                + "，总分 " + total.toPlainString());
    }

    private Optional<String> percent(ObjectNode root, Pattern pattern, SplittableRandom random, String part) {
        return replace(root, pattern, random, m -> {
            BigDecimal p = new BigDecimal(m.group(1));
            BigDecimal moved = p.add(POINTS).compareTo(BigDecimal.valueOf(100)) > 0 ? p.subtract(POINTS) : p.add(POINTS);
            return m.group().replace(m.group(1) + "%", moved.toPlainString() + "%");
        });
    }

    private Optional<String> amount(ObjectNode root, Pattern pattern, SplittableRandom random) {
        return replace(root, pattern, random, m -> {
            BigDecimal moved = new BigDecimal(m.group(1).replace(",", "")).add(TEN);
            String written = m.group(1).contains(",") ? String.format(java.util.Locale.ROOT, "%,.2f", moved) : moved.toPlainString();
            return m.group().replace(m.group(1) + "万元", written + "万元");
        });
    }

    private Optional<String> count(ObjectNode root, Pattern pattern, SplittableRandom random) {
        return replace(root, pattern, random, m -> m.group().replaceFirst(m.group(1), String.valueOf(Integer.parseInt(m.group(1)) + 1)));
    }

    /** Replaces one match (chosen by the seed) of {@code pattern} in the narrative; describes the change. */
    private Optional<String> replace(ObjectNode root, Pattern pattern, SplittableRandom random, java.util.function.Function<Matcher, String> replacement) {
        record Hit(ObjectNode paragraph, int start, int end, String replaced) {
        }
        List<Hit> hits = new ArrayList<>();
        for (JsonNode section : root.path("narrative")) {
            for (JsonNode p : section.path("paragraphs")) {
                Matcher m = pattern.matcher(p.get("text").asText());
                while (m.find()) hits.add(new Hit((ObjectNode) p, m.start(), m.end(), replacement.apply(m)));
            }
        }
        if (hits.isEmpty()) return Optional.empty();
        Hit hit = pick(hits, random);
        String text = hit.paragraph().get("text").asText();
        String before = text.substring(hit.start(), hit.end());
        hit.paragraph().put("text", text.substring(0, hit.start()) + hit.replaced() + text.substring(hit.end()));
        return Optional.of("“" + before + "” → “" + hit.replaced() + "”");
    }

    private static Optional<String> addToCell(ObjectNode row, String column, BigDecimal delta) {
        ObjectNode cells = (ObjectNode) row.get("cells");
        String before = cells.path(column).asText("");
        BigDecimal value = before.isBlank() ? BigDecimal.ZERO.setScale(2) : new BigDecimal(before);
        String after = value.add(delta).setScale(2).toPlainString();
        cells.put(column, after);
        return Optional.of(row.get("key").asText() + "/" + column + " " + (before.isBlank() ? "（空）" : before) + " → " + after);
    }

    private static Optional<String> addToField(ObjectNode node, String field, BigDecimal delta) {
        String before = node.get(field).asText();
        BigDecimal value = new BigDecimal(before).add(delta);
        String after = delta.scale() == 0 ? value.toPlainString() : value.setScale(2).toPlainString();
        node.put(field, after);
        return Optional.of(field + " " + before + " → " + after);
    }

    private static BigDecimal amount(ObjectNode row, String column) {
        String text = row.path("cells").path(column).asText("");
        return text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    private static List<ObjectNode> rows(ObjectNode root, String kind) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode t : root.path("finalAccounts").path("tables")) {
            if (t.get("kind").asText().equals(kind)) t.path("rows").forEach(r -> out.add((ObjectNode) r));
        }
        return out;
    }

    private static ObjectNode row(ObjectNode root, String kind, String key) {
        return rows(root, kind).stream().filter(r -> r.get("key").asText().equals(key)).findFirst().orElseThrow();
    }

    private static List<ObjectNode> sheets(ObjectNode root) {
        List<ObjectNode> out = new ArrayList<>();
        root.path("selfEvaluation").path("sheets").forEach(s -> out.add((ObjectNode) s));
        return out;
    }

    private static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
