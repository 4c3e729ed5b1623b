package org.jixiao.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jixiao.report.domain.BaseDataRow;
import org.jixiao.report.domain.BaseDataSheet;
import org.jixiao.report.domain.FundBlock;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.SectionWeight;
import org.jixiao.report.domain.SelfEvaluation;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.shared.Figure;

/**
 * Writes the 整体支出 and 项目支出 自评表s and the 基础数据表. Weights: 执行率 10, 产出 50, 效益 30, 满意度 10,
 * split over the rows of each section; scores computed per SPEC §4 (met ⇒ full weight; unmet higher-is-better ⇒
 * weight × actual ÷ target, two decimals half-up; qualitative 达成 ⇒ inside [80 %, 100 %] of the weight), a
 * deviation reason wherever a score is below its weight, actuals below 130 % of their target.
 */
final class SelfEvaluationWriter {

    private static final String REASON = "受客观因素影响，个别工作未达到年初目标，下一步将加强过程管理，按季度跟踪目标完成情况";
    private static final List<String[]> INDICATORS = Catalogue.rows("indicators.tsv");

    private final Ledger ledger;
    private final SplittableRandom random;
    final List<BigDecimal> projectScores = new ArrayList<>();
    BigDecimal wholeScore;
    String wholeGrade;

    SelfEvaluationWriter(Ledger ledger, SplittableRandom random) {
        this.ledger = ledger;
        this.random = random;
    }

    SelfEvaluation selfEvaluation() {
        List<PerformanceSheet> sheets = new ArrayList<>();
        sheets.add(whole());
        for (Ledger.Project p : ledger.projects) sheets.add(project(p));
        return new SelfEvaluation(sheets, baseData());
    }

    private PerformanceSheet whole() {
        long executed = ledger.expenditure();
        long projectUnspent = ledger.projects.stream().mapToLong(p -> p.fullYearBudget() - p.executed()).sum();
        long unspent = ledger.basicUnspent + projectUnspent;
        long nonFiscal = ledger.nonFiscal(Ledger.Source.BUSINESS) + ledger.nonFiscal(Ledger.Source.OTHER);
        List<FundRow> rows = new ArrayList<>();
        rows.add(fund("total", "合计", ledger.initialBudget(), executed + unspent, executed));
        rows.add(fund("current-fiscal", "其中：当年财政拨款", ledger.initialBudget(), ledger.fiscal() + unspent, ledger.fiscal()));
        if (nonFiscal > 0) rows.add(fund("other", "其他资金", 0, nonFiscal, nonFiscal));
        rows.add(new FundRow("basic", "基本支出", null, amount(ledger.basic() + ledger.basicUnspent), amount(ledger.basic()), null));
        rows.add(new FundRow("project", "项目支出", null, amount(ledger.project() + projectUnspent), amount(ledger.project()), null));
        PerformanceSheet sheet = sheet(SheetKind.WHOLE, null, rows, executed, executed + unspent,
                "保障机构正常运转，完成年度重点工作任务，提升公共服务质量。", "机构运转正常，年度重点工作任务按期完成。");
        wholeScore = new BigDecimal(sheet.totalScore().text());
        wholeGrade = sheet.grade().text();
        return sheet;
    }

    private PerformanceSheet project(Ledger.Project p) {
        List<FundRow> rows = new ArrayList<>();
        rows.add(fund("total", "合计", p.initialBudget(), p.fullYearBudget(), p.executed()));
        if (p.fiscal()) rows.add(fund("current-fiscal", "其中：当年财政拨款", p.initialBudget(), p.fullYearBudget(), p.executed()));
        else rows.add(fund("other", "其他资金", p.initialBudget(), p.fullYearBudget(), p.executed()));
        PerformanceSheet sheet = sheet(SheetKind.PROJECT, p, rows, p.executed(), p.fullYearBudget(),
                "按计划完成" + p.name() + "所列各项工作，保障资金规范使用。", p.name() + "所列各项工作已按计划完成。");
        projectScores.add(new BigDecimal(sheet.totalScore().text()));
        return sheet;
    }

    private PerformanceSheet sheet(SheetKind kind, Ledger.Project p, List<FundRow> rows, long executed, long fullYear, String goal, String achieved) {
        BigDecimal rate = BigDecimal.valueOf(executed).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(fullYear), 2, RoundingMode.HALF_UP);
        BigDecimal executionScore = BigDecimal.TEN.multiply(BigDecimal.valueOf(executed)).divide(BigDecimal.valueOf(fullYear), 2, RoundingMode.HALF_UP)
                .min(BigDecimal.TEN.setScale(2));
        FundBlock funds = new FundBlock(rows, Figure.of("10"), Figure.of(rate.toPlainString() + "%"), Figure.of(executionScore.toPlainString()));
        List<Indicator> indicators = new ArrayList<>();
        indicators.addAll(section("产出指标", 50, 4 + random.nextInt(3), executed));
        indicators.addAll(section("效益指标", 30, 2 + random.nextInt(2), executed));
        indicators.addAll(section("满意度指标", 10, 1, executed));
        BigDecimal total = executionScore;
        for (Indicator i : indicators) total = total.add(new BigDecimal(i.score().text()));
        total = total.setScale(2, RoundingMode.UNNECESSARY);
        List<SectionWeight> weights = List.of(new SectionWeight("产出指标", Figure.of("50")), new SectionWeight("效益指标", Figure.of("30")),
                new SectionWeight("满意度指标", Figure.of("10")));
        String title = ledger.year + "年度" + (kind == SheetKind.WHOLE ? "部门整体支出绩效自评表" : "项目支出绩效自评表");
        return new PerformanceSheet(kind, title, ledger.unit.name(), p == null ? null : p.name(), p == null ? null : p.name(),
                p == null ? null : amount(p.fullYearBudget()), p == null ? null : amount(p.fiscal() ? p.fullYearBudget() : 0), funds, goal, achieved,
                weights, indicators, Figure.of("100"), Figure.of(total.toPlainString()), Figure.of(grade(total)), null);
    }

    private List<Indicator> section(String level1, int weight, int count, long executed) {
        List<String[]> pool = new ArrayList<>(INDICATORS.stream().filter(r -> r[0].equals(level1)).toList());
        List<String[]> chosen = new ArrayList<>();
        if (level1.equals("产出指标")) {
            for (String type : List.of("cost", "date")) {
                String[] row = pool.stream().filter(r -> r[3].equals(type)).findFirst().orElseThrow();
                chosen.add(row);
                pool.remove(row);
            }
        }
        while (chosen.size() < count && !pool.isEmpty()) chosen.add(pool.remove(random.nextInt(pool.size())));
        int[] weights = new int[chosen.size()];
        int left = weight;
        for (int i = 0; i < weights.length; i++) {
            int rest = weights.length - i - 1;
            weights[i] = rest == 0 ? left : Math.max(2, Math.min(left - 2 * rest, weight / weights.length + random.nextInt(5) - 2));
            left -= weights[i];
        }
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) out.add(indicator(chosen.get(i), weights[i], executed));
        return out;
    }

    private Indicator indicator(String[] row, int weight, long executed) {
        String type = row[3];
        String unit = row[4];
        BigDecimal w = BigDecimal.valueOf(weight);
        String target;
        String actual;
        BigDecimal score;
        switch (type) {
            case "count" -> {
                int t = between(Integer.parseInt(row[5]), Integer.parseInt(row[6]));
                boolean met = random.nextDouble() < 0.75;
                int a = met ? t + random.nextInt(Math.max(1, t / 4)) : Math.max(1, (int) Math.round(t * (0.85 + 0.14 * random.nextDouble())));
                if (a >= t) a = met ? a : t - 1;
                target = "≥" + t + unit;
                actual = a + unit;
                score = a >= t ? w : w.multiply(BigDecimal.valueOf(a)).divide(BigDecimal.valueOf(t), 2, RoundingMode.HALF_UP);
            }
            case "percent", "satisfaction" -> {
                int t = between(Integer.parseInt(row[5]), Integer.parseInt(row[6]));
                boolean met = random.nextDouble() < 0.8;
                BigDecimal a = met ? BigDecimal.valueOf(t * 10L + random.nextInt(Math.max(1, (100 - t) * 10 + 1)), 1)
                        : BigDecimal.valueOf(t * 10L - 5 - random.nextInt(40), 1);
                target = "≥" + t + "%";
                actual = a.stripTrailingZeros().toPlainString() + "%";
                score = a.compareTo(BigDecimal.valueOf(t)) >= 0 ? w : w.multiply(a).divide(BigDecimal.valueOf(t), 2, RoundingMode.HALF_UP);
            }
            case "date" -> {
                target = ledger.year + "年12月";
                actual = ledger.year + "年" + (10 + random.nextInt(3)) + "月";
                score = w;
            }
            case "cost" -> {
                long cap = (executed * (100 + random.nextInt(15)) / 100 + 99) / 100 * 100;
                target = "≤" + Money.format(cap).replaceAll("\\.00$", "") + "万元";
                actual = Money.format(executed) + "万元";
                score = w;
            }
            default -> {
                target = unit;
                actual = random.nextBoolean() ? unit : "达成年度指标";
                score = random.nextDouble() < 0.5 ? w
                        : w.multiply(BigDecimal.valueOf(80 + random.nextInt(20))).divide(BigDecimal.valueOf(100), 1, RoundingMode.UP).min(w);
            }
        }
        String reason = score.compareTo(w) < 0 ? REASON : null;
        return new Indicator(row[0], row[1], row[2], Figure.of(target), Figure.of(actual), Figure.of(String.valueOf(weight)),
                Figure.of(score.stripTrailingZeros().toPlainString()), reason, null);
    }

    private BaseDataSheet baseData() {
        List<BaseDataRow> rows = new ArrayList<>();
        rows.add(base("three-public", "三公经费", ledger.threePublicPrior(), ledger.threePublicBudget(), ledger.threePublic()));
        rows.add(base("vehicle-purchase", "公车购置", ledger.purchasePrior, ledger.purchaseBudget, ledger.purchase));
        rows.add(base("vehicle-running", "公车运行维护", ledger.runningPrior, ledger.runningBudget, ledger.running));
        rows.add(base("abroad", "出国经费", ledger.abroadPrior, ledger.abroadBudget, ledger.abroad));
        rows.add(base("reception", "公务接待", ledger.receptionPrior, ledger.receptionBudget, ledger.reception));
        rows.add(base("public", "公用经费", ledger.priorOperating, ledger.economic("302"), ledger.economic("302")));
        rows.add(base("procurement", "政府采购金额", 0, ledger.procurement(), ledger.procurement()));
        return new BaseDataSheet(Figure.of(String.valueOf(ledger.establishment)), Figure.of(String.valueOf(ledger.active)),
                Figure.of(Money.percent(ledger.active, ledger.establishment) + "%"), rows, null, null, null, null, null, null,
                "严格执行中央八项规定精神，压减一般性支出。");
    }

    private static BaseDataRow base(String key, String label, long prior, long budget, long actual) {
        return new BaseDataRow(key, label, amount(prior), amount(budget), amount(actual), null);
    }

    private static FundRow fund(String key, String label, long initial, long fullYear, long executed) {
        return new FundRow(key, label, amount(initial), amount(fullYear), amount(executed), null);
    }

    private static Figure amount(long cents) {
        return Figure.of(Money.format(cents));
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    static String grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) return "优";
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) return "良";
        if (total.compareTo(BigDecimal.valueOf(60)) >= 0) return "中";
        return "差";
    }
}
