package org.jixiao.server.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jixiao.server.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@DatabaseTest
class UnitsIntegrationTests {

    @Autowired Districts districts;
    @Autowired Units units;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void storesFindsRenamesAndRemovesUnitsOfADistrict() {
        District district = districts.add("sf-" + suffix, "石峰区", "湖南省株洲市");
        Unit office = units.add("sf-office-" + suffix, "区政府办公室", district.id());
        Unit finance = units.add("sf-finance-" + suffix, "区财政局", district.id());

        assertThat(districts.byCode("sf-" + suffix)).contains(district);
        assertThat(units.byId(office.id())).contains(office);
        assertThat(units.inDistrict(district.id())).containsExactlyInAnyOrder(office, finance);

        assertThat(units.rename(office.id(), "石峰区人民政府办公室")).isTrue();
        assertThat(units.byCode(office.code()).orElseThrow().name()).isEqualTo("石峰区人民政府办公室");
        assertThat(districts.rename(district.id(), "石峰区（演示）")).isTrue();
        assertThat(districts.byId(district.id()).orElseThrow().name()).isEqualTo("石峰区（演示）");

        assertThat(units.remove(finance.id())).isTrue();
        assertThat(units.byId(finance.id())).isEmpty();
        assertThat(units.remove(finance.id())).isFalse();
    }

    @Test
    void refusesADuplicateUnitCode() {
        District district = districts.add("dup-" + suffix, "重复区", null);
        units.add("dup-unit-" + suffix, "单位甲", district.id());

        assertThatThrownBy(() -> units.add("dup-unit-" + suffix, "单位乙", district.id())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesAUnitOfAnUnknownDistrict() {
        assertThatThrownBy(() -> units.add("orphan-" + suffix, "无区单位", -1)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
