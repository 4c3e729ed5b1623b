package org.jixiao.server.years;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.server.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class FiscalYearsIntegrationTests {

    @Autowired FiscalYears years;

    @Test
    void ensuresAYearOnceAndOpensAndClosesIt() {
        assertThat(years.ensure(2030)).isEqualTo(new FiscalYear(2030, true));
        assertThat(years.ensure(2030)).isEqualTo(new FiscalYear(2030, true));

        assertThat(years.setOpen(2030, false)).isTrue();
        assertThat(years.byYear(2030)).contains(new FiscalYear(2030, false));
        assertThat(years.all()).filteredOn(y -> y.year() == 2030).hasSize(1);
        assertThat(years.setOpen(2099, true)).isFalse();
    }
}
