package org.jixiao.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.server.DatabaseTest;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.units.Districts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestPropertySource;

@DatabaseTest
@TestPropertySource(properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
class DemoDataIntegrationTests {

    @Autowired Reports reports;
    @Autowired Accounts accounts;
    @Autowired Districts districts;
    @Autowired DemoData demoData;
    @Autowired JdbcClient jdbc;

    @Test
    void loadsTheDemoReportsIntoTheDemoDistrictWithOneAccountPerRole() {
        var district = districts.byCode("demo").orElseThrow();
        assertThat(district.name()).isEqualTo("演示区");
        assertThat(reports.list()).extracting(ReportSummary::unitName, ReportSummary::fiscalYear, ReportSummary::state, ReportSummary::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("演示试验单位", 2021, ReportState.DRAFT, 1));
        assertThat(accounts.all()).extracting(Account::username, Account::role).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("admin", Role.ADMIN),
                org.assertj.core.groups.Tuple.tuple("fuze", Role.UNIT_HEAD),
                org.assertj.core.groups.Tuple.tuple("qita", Role.UNIT_PREPARER),
                org.assertj.core.groups.Tuple.tuple("shenhe", Role.REVIEWER),
                org.assertj.core.groups.Tuple.tuple("tianbao", Role.UNIT_PREPARER));
        assertThat(accounts.byUsername("shenhe").orElseThrow().scope()).isEqualTo(new Scope.OfDistrict(district.id()));
        assertThat(accounts.byUsername("qita").orElseThrow().scope()).isNotEqualTo(accounts.byUsername("tianbao").orElseThrow().scope());
        String hash = jdbc.sql("SELECT password_hash FROM app_users WHERE username = 'tianbao'").query(String.class).single();
        assertThat(new BCryptPasswordEncoder().matches("demo", hash)).isTrue();
    }

    @Test
    void leavesADatabaseThatHasDataAlone() throws Exception {
        long before = reports.count();

        demoData.run(null);

        assertThat(reports.count()).isEqualTo(before);
        assertThat(accounts.count()).isEqualTo(5);
    }
}
