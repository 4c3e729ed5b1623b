package org.jixiao.server.years.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.years.FiscalYear;
import org.jixiao.server.years.FiscalYears;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link FiscalYears} in the {@code fiscal_years} table. */
@Repository
class JdbcFiscalYears implements FiscalYears {

    private final JdbcClient jdbc;

    JdbcFiscalYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FiscalYear ensure(int year) {
        return byYear(year).orElseGet(() -> {
            jdbc.sql("INSERT INTO fiscal_years (fiscal_year, is_open) VALUES (?, TRUE)").param(year).update();
            return new FiscalYear(year, true);
        });
    }

    @Override
    public Optional<FiscalYear> byYear(int year) {
        return jdbc.sql("SELECT fiscal_year, is_open FROM fiscal_years WHERE fiscal_year = ?").param(year)
                .query(JdbcFiscalYears::map).optional();
    }

    @Override
    public List<FiscalYear> all() {
        return jdbc.sql("SELECT fiscal_year, is_open FROM fiscal_years ORDER BY fiscal_year").query(JdbcFiscalYears::map).list();
    }

    @Override
    public boolean setOpen(int year, boolean open) {
        return jdbc.sql("UPDATE fiscal_years SET is_open = ? WHERE fiscal_year = ?").params(open, year).update() == 1;
    }

    private static FiscalYear map(ResultSet rs, int row) throws SQLException {
        return new FiscalYear(rs.getInt("fiscal_year"), rs.getBoolean("is_open"));
    }
}
