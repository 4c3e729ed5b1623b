package org.jixiao.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jixiao.server.DatabaseTest;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class AccountsIntegrationTests {

    @Autowired Accounts accounts;
    @Autowired Districts districts;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    District district;
    Unit unit;

    @BeforeEach
    void districtWithUnit() {
        district = districts.add("acc-" + suffix, "账户区", null);
        unit = units.add("acc-unit-" + suffix, "账户单位", district.id());
    }

    @Test
    void storesEachRoleWithItsScope() {
        var preparer = accounts.add(Account.unsaved("tb-" + suffix, "填报人", Role.UNIT_PREPARER, new Scope.OfUnit(unit.id())), null);
        accounts.add(Account.unsaved("fz-" + suffix, "负责人", Role.UNIT_HEAD, new Scope.OfUnit(unit.id())), null);
        accounts.add(Account.unsaved("sh-" + suffix, "审核人", Role.REVIEWER, new Scope.OfDistrict(district.id())), "$2a$10$hash");
        accounts.add(Account.unsaved("ad-" + suffix, "管理员", Role.ADMIN, new Scope.Everywhere()), null);

        assertThat(accounts.byUsername("tb-" + suffix)).contains(preparer);
        assertThat(accounts.byUsername("sh-" + suffix).orElseThrow().scope()).isEqualTo(new Scope.OfDistrict(district.id()));
        assertThat(accounts.byUsername("ad-" + suffix).orElseThrow().scope()).isEqualTo(new Scope.Everywhere());
        assertThat(accounts.all()).extracting(Account::username).contains("tb-" + suffix, "fz-" + suffix, "sh-" + suffix, "ad-" + suffix);
        assertThat(jdbc.sql("SELECT password_hash FROM app_users WHERE username = ?").param("sh-" + suffix).query(String.class).single())
                .isEqualTo("$2a$10$hash");
    }

    @Test
    void renamesAndRemovesAnAccount() {
        accounts.add(Account.unsaved("rn-" + suffix, "旧名", Role.UNIT_PREPARER, new Scope.OfUnit(unit.id())), null);

        assertThat(accounts.rename("rn-" + suffix, "新名")).isTrue();
        assertThat(accounts.byUsername("rn-" + suffix).orElseThrow().displayName()).isEqualTo("新名");
        assertThat(accounts.remove("rn-" + suffix)).isTrue();
        assertThat(accounts.byUsername("rn-" + suffix)).isEmpty();
    }

    @Test
    void refusesADuplicateUsername() {
        accounts.add(Account.unsaved("dup-" + suffix, "甲", Role.ADMIN, new Scope.Everywhere()), null);

        assertThatThrownBy(() -> accounts.add(Account.unsaved("dup-" + suffix, "乙", Role.ADMIN, new Scope.Everywhere()), null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSchemaRefusesAScopeThatDoesNotFitTheRole() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO app_users (username, display_name, role, district_id, created_at)
                VALUES (?, '错', 'UNIT_PREPARER', ?, CURRENT_TIMESTAMP)""").params("bad-" + suffix, district.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
