package org.jixiao.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;
import org.junit.jupiter.api.Test;

/**
 * Properties of generated reports checked without the engine (issue "Generate"): plausible magnitudes, two-decimal
 * amounts, weights and scores of every 自评表, zero amounts with zero counts. The engine-level consistency is
 * {@link SyntheticConsistencyTests}.
 */
class SyntheticPropertiesTests {

    private final ReportGenerator generator = new ReportGenerator();
    private final ProvinceGenerator province = new ProvinceGenerator();

    @Test
    void magnitudesArePlausible() {
        for (long seed = 0; seed < 200; seed++) {
            Report r = SyntheticConsistencyTests.report(generator, province, seed);
            FinalAccounts fa = r.finalAccounts();
            BigDecimal total = cell(fa, TableKind.INCOME_EXPENDITURE_SUMMARY, "expenditure.total", "amount");
            assertThat(total).as("seed %d 本年支出合计", seed).isBetween(new BigDecimal("200"), new BigDecimal("5000"));
            BigDecimal basic = cell(fa, TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "basic");
            BigDecimal personnel = cell(fa, TableKind.BASIC_EXPENDITURE_DETAIL, "personnel-total", "amount");
            assertThat(personnel.divide(basic, 4, java.math.RoundingMode.HALF_UP)).as("seed %d 人员经费 share", seed)
                    .isBetween(new BigDecimal("0.599"), new BigDecimal("0.851"));
            BigDecimal three = cell(fa, TableKind.THREE_PUBLIC_COSTS, "total", "actual");
            assertThat(three.signum()).isPositive();
            assertThat(three.divide(total, 4, java.math.RoundingMode.HALF_UP)).as("seed %d 三公 share", seed).isLessThanOrEqualTo(new BigDecimal("0.0501"));
            for (var table : fa.tables()) {
                for (TableRow row : table.rows()) {
                    for (Figure f : row.cells().values()) assertThat(f.text()).as("seed %d %s %s", seed, table.kind(), row.key()).matches("|\\d+\\.\\d{2}");
                }
            }
        }
    }

    @Test
    void selfEvaluationSheetsAreWeightedAndScoredBySpecSection4() {
        for (long seed = 0; seed < 200; seed++) {
            Report r = SyntheticConsistencyTests.report(generator, province, seed);
            long projects = r.selfEvaluation().sheets().stream().filter(s -> s.kind() == SheetKind.PROJECT).count();
            assertThat(projects).as("seed %d projects", seed).isBetween(1L, 4L);
            for (PerformanceSheet sheet : r.selfEvaluation().sheets()) {
                BigDecimal weights = number(sheet.funds().weight());
                BigDecimal scores = number(sheet.funds().score());
                for (Indicator i : sheet.indicators()) {
                    BigDecimal w = number(i.weight());
                    BigDecimal s = number(i.score());
                    weights = weights.add(w);
                    scores = scores.add(s);
                    assertThat(s).isLessThanOrEqualTo(w);
                    assertThat(i.deviationReason() != null).as("seed %d %s deviation reason iff below weight", seed, i.name()).isEqualTo(s.compareTo(w) < 0);
                }
                assertThat(weights).isEqualByComparingTo("100");
                assertThat(number(sheet.totalScore())).isEqualByComparingTo(scores);
                assertThat(sheet.grade().text()).isEqualTo(SelfEvaluationWriter.grade(scores));
            }
        }
    }

    @Test
    void zeroAmountsGoWithZeroCounts() {
        for (long seed = 0; seed < 200; seed++) {
            Report r = SyntheticConsistencyTests.report(generator, province, seed);
            var activity = r.finalAccounts().disclosures().threePublicActivity();
            boolean abroad = cell(r.finalAccounts(), TableKind.THREE_PUBLIC_COSTS, "abroad", "actual").signum() > 0;
            boolean reception = cell(r.finalAccounts(), TableKind.THREE_PUBLIC_COSTS, "reception", "actual").signum() > 0;
            assertThat(number(activity.abroadGroups()).signum() > 0).isEqualTo(abroad);
            assertThat(number(activity.receptionPersons()).signum() > 0).isEqualTo(reception);
            var assets = r.finalAccounts().disclosures().assets();
            int byUse = assets.vehiclesByUse().values().stream().mapToInt(f -> Integer.parseInt(f.text())).sum();
            assertThat(Integer.parseInt(assets.vehiclesTotal().text())).isEqualTo(byUse);
        }
    }

    private static BigDecimal cell(FinalAccounts fa, TableKind kind, String row, String column) {
        Figure f = fa.table(kind).orElseThrow().row(row).orElseThrow().cells().get(column);
        return f.isBlank() ? BigDecimal.ZERO : new BigDecimal(f.text());
    }

    private static BigDecimal number(Figure f) {
        return new BigDecimal(f.text());
    }
}
