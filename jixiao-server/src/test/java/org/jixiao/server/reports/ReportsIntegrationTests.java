package org.jixiao.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.DatabaseTest;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.jixiao.server.years.FiscalYears;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class ReportsIntegrationTests {

    @Autowired Reports reports;
    @Autowired Units units;
    @Autowired Districts districts;
    @Autowired FiscalYears years;
    @Autowired ReportJson json;

    Unit unit;

    @BeforeEach
    void unitWithYear() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var district = districts.add("d-" + suffix, "测试区", null);
        unit = units.add("u-" + suffix, "测试单位" + suffix, district.id());
        years.ensure(2021);
    }

    @Test
    void loadsWhatWasSavedAsTheSameReportAndTheSameCanonicalJson() {
        Report report = SampleReports.expenditure(unit.name(), 2021, "60.00", "40.00", "100.00");

        var created = reports.create(unit.id(), report, Edit.by("tianbao", "新建"));

        var loaded = reports.current(created.id()).orElseThrow();
        assertThat(loaded.report()).isEqualTo(report);
        assertThat(loaded).returns(1, ReportSnapshot::version).returns(ReportState.DRAFT, ReportSnapshot::state)
                .returns(unit.id(), ReportSnapshot::unitId).returns(2021, ReportSnapshot::fiscalYear);
        assertThat(reports.currentJson(created.id())).contains(json.write(report));
    }

    @Test
    void keepsEveryVersionWithAuthorRuleSetAndNote() {
        var created = reports.create(unit.id(), SampleReports.expenditure(unit.name(), 2021, "60.00", "40.00", "100.00"), Edit.by("tianbao", "新建"));
        Report edited = SampleReports.expenditure(unit.name(), 2021, "61.00", "40.00", "101.00");

        var outcome = reports.save(created.id(), created.lockVersion(), edited, new Edit("fuze", "2021.1", "更正基本支出"));

        assertThat(outcome).isEqualTo(new SaveOutcome.Saved(2, created.lockVersion() + 1));
        assertThat(reports.history(created.id())).extracting(ReportVersion::number, ReportVersion::author, ReportVersion::ruleSetVersion, ReportVersion::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "tianbao", null, "新建"),
                        org.assertj.core.groups.Tuple.tuple(2, "fuze", "2021.1", "更正基本支出"));
        assertThat(reports.version(created.id(), 1).orElseThrow().finalAccounts().tables().get(0).row("total").orElseThrow()
                .cell("total").orElseThrow().text()).isEqualTo("100.00");
        assertThat(reports.current(created.id()).orElseThrow().report()).isEqualTo(edited);
    }

    @Test
    void secondOfTwoSessionsThatEditTheSameVersionGetsAConflictAndOverwritesNothing() {
        var created = reports.create(unit.id(), SampleReports.expenditure(unit.name(), 2021, "60.00", "40.00", "100.00"), Edit.by("tianbao", "新建"));
        ReportSnapshot first = reports.current(created.id()).orElseThrow();
        ReportSnapshot second = reports.current(created.id()).orElseThrow();
        Report firstEdit = SampleReports.expenditure(unit.name(), 2021, "70.00", "40.00", "110.00");
        Report secondEdit = SampleReports.expenditure(unit.name(), 2021, "80.00", "40.00", "120.00");

        var firstOutcome = reports.save(first.id(), first.lockVersion(), firstEdit, Edit.by("tianbao", "第一次修改"));
        var secondOutcome = reports.save(second.id(), second.lockVersion(), secondEdit, Edit.by("fuze", "第二次修改"));

        assertThat(firstOutcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(secondOutcome).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.currentVersion()).isEqualTo(2);
            assertThat(conflict.savedBy()).isEqualTo("tianbao");
            assertThat(conflict.message()).contains("第2版", "tianbao");
        });
        assertThat(reports.current(created.id()).orElseThrow().report()).isEqualTo(firstEdit);
        assertThat(reports.history(created.id())).extracting(ReportVersion::number).containsExactly(1, 2);
    }

    @Test
    void afterAConflictTheReloadedVersionCanBeSaved() {
        var created = reports.create(unit.id(), SampleReports.expenditure(unit.name(), 2021, "60.00", "40.00", "100.00"), Edit.by("tianbao", "新建"));
        reports.save(created.id(), created.lockVersion(), SampleReports.expenditure(unit.name(), 2021, "70.00", "40.00", "110.00"), Edit.by("tianbao", "修改"));
        var conflict = (SaveOutcome.Conflict) reports.save(created.id(), created.lockVersion(),
                SampleReports.expenditure(unit.name(), 2021, "80.00", "40.00", "120.00"), Edit.by("fuze", "过时的修改"));

        var retried = reports.save(created.id(), conflict.currentLockVersion(),
                SampleReports.expenditure(unit.name(), 2021, "80.00", "40.00", "120.00"), Edit.by("fuze", "重新载入后修改"));

        assertThat(retried).isEqualTo(new SaveOutcome.Saved(3, conflict.currentLockVersion() + 1));
    }

    @Test
    void concurrentSavesOfTheSameVersionLetExactlyOneWin() throws Exception {
        var created = reports.create(unit.id(), SampleReports.expenditure(unit.name(), 2021, "60.00", "40.00", "100.00"), Edit.by("tianbao", "新建"));
        int sessions = 4;
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SaveOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            String basic = (61 + i) + ".00";
            outcomes.add(pool.submit(() -> {
                start.await();
                return reports.save(created.id(), created.lockVersion(),
                        SampleReports.expenditure(unit.name(), 2021, basic, "40.00", "100.00"), Edit.by("session", basic));
            }));
        }
        start.countDown();
        List<SaveOutcome> results = new ArrayList<>();
        for (var f : outcomes) results.add(f.get());
        pool.shutdown();

        assertThat(results).filteredOn(SaveOutcome.Saved.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(SaveOutcome.Conflict.class::isInstance).hasSize(sessions - 1)
                .allSatisfy(c -> assertThat(((SaveOutcome.Conflict) c).currentVersion()).isEqualTo(2));
        assertThat(reports.history(created.id())).hasSize(2);
    }

    @Test
    void refusesASecondReportOfTheSameUnitAndYear() {
        reports.create(unit.id(), SampleReports.expenditure(unit.name(), 2021, "60.00", "40.00", "100.00"), Edit.by("tianbao", "新建"));

        assertThatThrownBy(() -> reports.create(unit.id(), SampleReports.expenditure(unit.name(), 2021, "1.00", "1.00", "2.00"), Edit.by("tianbao", "重复")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021");
    }

    @Test
    void savingAReportThatDoesNotExistSaysSo() {
        assertThat(reports.save(-1, 0, SampleReports.expenditure("无", 2021, "1.00", "1.00", "2.00"), Edit.by("x", null)))
                .isEqualTo(new SaveOutcome.NotFound(-1));
        assertThat(reports.current(-1)).isEmpty();
    }

    @Test
    void listsReportsWithUnitYearStateAndVersion() {
        var created = reports.create(unit.id(), SampleReports.expenditure(unit.name(), 2021, "60.00", "40.00", "100.00"), Edit.by("tianbao", "新建"));

        assertThat(reports.list()).contains(new ReportSummary(created.id(), unit.code(), unit.name(), unit.districtId(), 2021, ReportState.DRAFT, 1, 0));
    }
}
