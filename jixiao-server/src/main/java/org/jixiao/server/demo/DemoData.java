package org.jixiao.server.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.TransitionOutcome;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.jixiao.server.years.FiscalYears;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo district 演示区, its units and reports (from {@code demo/*.json}) and
 * one account per role: tianbao 单位填报人, fuze 单位负责人 (both of the first unit), qita 单位填报人 of a second unit
 * (to show that units do not see each other), shenhe 财政审核人, admin 管理员. A unit with reports of two consecutive
 * years (石峰区 2020 and 2021 in the shipped demo) shows last year's figures carried over: its earlier report is loaded
 * as 已审核, and it gets the 单位填报人 shangnian. A database that already has accounts or reports is left alone.
 * Switched off with {@code jixiao.demo.enabled=false}.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String AUTHOR = "demo";

    private final DemoFixtures fixtures;
    private final Districts districts;
    private final Units units;
    private final FiscalYears years;
    private final Accounts accounts;
    private final Reports reports;
    private final TransactionTemplate transaction;
    private final String password;

    DemoData(ResourcePatternResolver resources, ReportJson json,
            @Value("${jixiao.demo.location:classpath*:demo/*.json}") String location,
            @Value("${jixiao.demo.password:demo}") String password,
            Districts districts, Units units, FiscalYears years, Accounts accounts, Reports reports, TransactionTemplate transaction) {
        this.fixtures = new DemoFixtures(resources, json, location);
        this.password = password;
        this.districts = districts;
        this.units = units;
        this.years = years;
        this.accounts = accounts;
        this.reports = reports;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0 || reports.count() > 0) {
            log.info("演示数据：数据库已有用户或报告，不再载入");
            return;
        }
        List<DemoFixture> demo = fixtures.read(); // all parsed before anything is written
        transaction.executeWithoutResult(status -> load(demo));
    }

    private void load(List<DemoFixture> demo) {
        District district = districts.add("demo", "演示区", "演示");
        Map<String, Unit> unitsByName = new LinkedHashMap<>();
        Map<String, ReportSnapshot> byUnitAndYear = new LinkedHashMap<>();
        for (DemoFixture fixture : demo) {
            var header = fixture.report().header();
            Unit unit = unitsByName.computeIfAbsent(header.unitName(), name -> units.add(fixture.unitCode(), name, district.id()));
            years.ensure(header.fiscalYear());
            var snapshot = reports.create(unit.id(), fixture.report(), Edit.by(AUTHOR, "演示数据 " + fixture.file()));
            byUnitAndYear.put(unit.id() + ":" + header.fiscalYear(), snapshot);
            log.info("演示数据：已载入 {}（{} {}年度，报告编号 {}）", fixture.file(), header.unitName(), header.fiscalYear(), snapshot.id());
        }
        // Last year's report of a unit that has this year's too was approved before this year's began.
        Unit withPriorYear = null;
        for (ReportSnapshot s : byUnitAndYear.values()) {
            if (!byUnitAndYear.containsKey(s.unitId() + ":" + (s.fiscalYear() + 1))) continue;
            approve(s);
            log.info("演示数据：报告编号 {}（{}年度）是下一年度报告的上年报告，已置为“已审核”", s.id(), s.fiscalYear());
            if (withPriorYear == null) withPriorYear = units.byId(s.unitId()).orElse(null);
        }
        if (demo.isEmpty()) log.info("演示数据：demo/ 目录中没有报告");
        Unit first = unitsByName.isEmpty() ? units.add("demo-unit", "演示单位", district.id()) : unitsByName.values().iterator().next();
        Unit other = unitsByName.values().stream().skip(1).findFirst()
                .orElseGet(() -> units.add("demo-other", "演示其他单位", district.id()));
        String hash = new BCryptPasswordEncoder().encode(password);
        accounts.add(Account.unsaved("tianbao", "演示填报人", Role.UNIT_PREPARER, new Scope.OfUnit(first.id())), hash);
        accounts.add(Account.unsaved("fuze", "演示负责人", Role.UNIT_HEAD, new Scope.OfUnit(first.id())), hash);
        accounts.add(Account.unsaved("qita", "其他单位填报人", Role.UNIT_PREPARER, new Scope.OfUnit(other.id())), hash);
        accounts.add(Account.unsaved("shenhe", "演示审核人", Role.REVIEWER, new Scope.OfDistrict(district.id())), hash);
        accounts.add(Account.unsaved("admin", "演示管理员", Role.ADMIN, new Scope.Everywhere()), hash);
        if (withPriorYear != null) {
            accounts.add(Account.unsaved("shangnian", "演示填报人（有上年报告）", Role.UNIT_PREPARER, new Scope.OfUnit(withPriorYear.id())), hash);
            log.info("演示数据：已创建用户 shangnian（{}，可从上年报告带入上年数）", withPriorYear.name());
        }
        log.info("演示数据：已创建用户 tianbao、fuze（{}）、qita（{}）、shenhe（{}）、admin", first.name(), other.name(), district.name());
    }

    private void approve(ReportSnapshot s) {
        long lock = s.lockVersion();
        for (ReportState[] step : new ReportState[][] {{ReportState.DRAFT, ReportState.SUBMITTED}, {ReportState.SUBMITTED, ReportState.APPROVED}}) {
            if (!(reports.transition(s.id(), lock, step[0], step[1]) instanceof TransitionOutcome.Moved moved)) {
                throw new IllegalStateException("演示数据：报告编号 " + s.id() + " 未能置为" + step[1].label());
            }
            lock = moved.lockVersion();
        }
    }
}
