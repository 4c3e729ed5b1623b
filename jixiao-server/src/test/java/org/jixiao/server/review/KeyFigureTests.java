package org.jixiao.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.junit.jupiter.api.Test;

/** The key figures read from a real published report (seed 004, 株洲市石峰区 2021) and the difference arithmetic. */
class KeyFigureTests {

    @Test
    void readsTheKeyFiguresOfTheShifengReport() throws Exception {
        Report report;
        try (InputStream in = getClass().getResourceAsStream("/demo/004-shifeng-2021.json")) {
            report = new ReportJson().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(KeyFigure.INCOME_TOTAL.text(report)).contains("1474.07");
        assertThat(KeyFigure.EXPENDITURE_TOTAL.text(report)).contains("1474.07");
        assertThat(KeyFigure.BASIC.text(report)).contains("335.54");
        assertThat(KeyFigure.PROJECT.text(report)).contains("1138.54");
        assertThat(KeyFigure.THREE_PUBLIC_TOTAL.text(report)).contains("92.51");
        assertThat(KeyFigure.VEHICLE_RUNNING.text(report)).contains("92.51");
        assertThat(KeyFigure.OPERATING_FUNDS.text(report)).contains("56.70");
        assertThat(KeyFigure.SELF_EVALUATION_SCORE.value(report)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("92"));
        assertThat(KeyFigure.SELF_EVALUATION_GRADE.text(report)).contains("优");
        assertThat(KeyFigure.SELF_EVALUATION_GRADE.textual()).isTrue();
    }

    @Test
    void differencesAreExactAndPercentagesRoundedOnceHalfUp() {
        var d = ReviewDesk.difference(1, Optional.of(new BigDecimal("100.00")), Optional.of(new BigDecimal("90.00")));
        assertThat(d.difference()).isEqualByComparingTo("10.00");
        assertThat(d.percent()).isEqualTo(new BigDecimal("11.11"));
        var fromZero = ReviewDesk.difference(1, Optional.of(new BigDecimal("5.00")), Optional.of(BigDecimal.ZERO.setScale(2)));
        assertThat(fromZero.difference()).isEqualByComparingTo("5.00");
        assertThat(fromZero.percent()).isNull();
        var fromNegative = ReviewDesk.difference(1, Optional.of(new BigDecimal("-5.00")), Optional.of(new BigDecimal("-10.00")));
        assertThat(fromNegative.percent()).isEqualTo(new BigDecimal("50.00"));
        var missing = ReviewDesk.difference(1, Optional.empty(), Optional.of(BigDecimal.ONE));
        assertThat(missing.difference()).isNull();
        assertThat(missing.percent()).isNull();
    }
}
