package org.jixiao.server.rollup.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.rollup.KeyFigures;
import org.jixiao.server.rollup.Regions;
import org.jixiao.server.rollup.ReportFigures;
import org.jixiao.server.rollup.RollupRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link ReportFigures} in {@code report_figures}. A roll-up joins each approved report's current version and each
 * published report's published version (a report reopened for correction still counts with what the public sees)
 * to its figures, and sums them grouped one level down.
 */
@Repository
class JdbcReportFigures implements ReportFigures {

    private static final String COLUMNS = "income_total, expenditure_total, basic_total, project_total, fiscal_total, "
            + "three_public_total, operating_funds, procurement_total";

    private static final String SUMS = """
            COUNT(*) AS n, SUM(f.income_total) AS income_total, SUM(f.expenditure_total) AS expenditure_total,
            SUM(f.basic_total) AS basic_total, SUM(f.project_total) AS project_total, SUM(f.fiscal_total) AS fiscal_total,
            SUM(f.three_public_total) AS three_public_total, SUM(f.operating_funds) AS operating_funds,
            SUM(f.procurement_total) AS procurement_total""";

    /** Approved reports with their current version, published ones (also while reopened) with the published version. */
    private static final String COUNTED = """
            FROM reports r
            JOIN report_figures f ON f.report_id = r.id
             AND f.version_number = CASE WHEN r.state = 'APPROVED' THEN r.current_version ELSE r.published_version END
            JOIN units u ON u.id = r.unit_id
            JOIN districts d ON d.id = u.district_id
            WHERE r.fiscal_year = :year AND (r.state = 'APPROVED' OR r.published_version IS NOT NULL)""";

    private final JdbcClient jdbc;

    JdbcReportFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(long reportId, int versionNumber, KeyFigures k) {
        jdbc.sql("DELETE FROM report_figures WHERE report_id = ? AND version_number = ?").params(reportId, versionNumber).update();
        jdbc.sql("INSERT INTO report_figures (report_id, version_number, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(reportId, versionNumber, k.incomeTotal(), k.expenditureTotal(), k.basicTotal(), k.projectTotal(), k.fiscalTotal(),
                        k.threePublicTotal(), k.operatingFunds(), k.procurementTotal())
                .update();
    }

    @Override
    public List<long[]> missing(int limit) {
        return jdbc.sql("""
                SELECT r.id, v.version_number FROM reports r
                JOIN report_versions v ON v.report_id = r.id
                 AND (v.version_number = r.current_version OR v.version_number = r.published_version)
                WHERE NOT EXISTS (SELECT 1 FROM report_figures f WHERE f.report_id = v.report_id AND f.version_number = v.version_number)
                ORDER BY r.id FETCH FIRST """ + " " + limit + " ROWS ONLY")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
    }

    @Override
    public int classifyDistricts() {
        List<Object[]> open = jdbc.sql("SELECT id, region FROM districts WHERE province IS NULL AND region IS NOT NULL")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        int changed = 0;
        for (Object[] d : open) {
            String[] place = Regions.split((String) d[1]);
            if (place == null) continue;
            changed += jdbc.sql("UPDATE districts SET province = ?, city = ? WHERE id = ?").params(place[0], place[1], d[0]).update();
        }
        return changed;
    }

    @Override
    public List<RollupRow> byUnit(String districtCode, int fiscalYear) {
        return jdbc.sql("SELECT u.code AS code, u.name AS name, " + SUMS + " " + COUNTED
                        + " AND d.code = :code GROUP BY u.code, u.name ORDER BY u.code")
                .param("year", fiscalYear).param("code", districtCode).query(JdbcReportFigures::row).list();
    }

    @Override
    public List<RollupRow> byDistrict(String city, int fiscalYear) {
        return jdbc.sql("SELECT d.code AS code, d.name AS name, " + SUMS + " " + COUNTED
                        + " AND d.city = :city GROUP BY d.code, d.name ORDER BY d.code")
                .param("year", fiscalYear).param("city", city).query(JdbcReportFigures::row).list();
    }

    @Override
    public List<RollupRow> byCity(String province, int fiscalYear) {
        return jdbc.sql("SELECT d.city AS code, d.city AS name, " + SUMS + " " + COUNTED
                        + " AND d.province = :province GROUP BY d.city ORDER BY d.city")
                .param("year", fiscalYear).param("province", province).query(JdbcReportFigures::row).list();
    }

    @Override
    public Optional<String> districtName(String districtCode) {
        return jdbc.sql("SELECT name FROM districts WHERE code = ?").param(districtCode).query(String.class).optional();
    }

    @Override
    public boolean cityExists(String city) {
        return jdbc.sql("SELECT COUNT(*) FROM districts WHERE city = ?").param(city).query(Long.class).single() > 0;
    }

    @Override
    public boolean provinceExists(String province) {
        return jdbc.sql("SELECT COUNT(*) FROM districts WHERE province = ?").param(province).query(Long.class).single() > 0;
    }

    @Override
    public String[] placeOf(long districtId) {
        return jdbc.sql("SELECT province, city FROM districts WHERE id = ?").param(districtId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional().orElse(new String[2]);
    }

    private static RollupRow row(ResultSet rs, int n) throws SQLException {
        return new RollupRow(rs.getString("code"), rs.getString("name"), rs.getLong("n"), new KeyFigures(
                money(rs, "income_total"), money(rs, "expenditure_total"), money(rs, "basic_total"), money(rs, "project_total"),
                money(rs, "fiscal_total"), money(rs, "three_public_total"), money(rs, "operating_funds"), money(rs, "procurement_total")));
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
