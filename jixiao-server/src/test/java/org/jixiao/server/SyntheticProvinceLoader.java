package org.jixiao.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.rollup.KeyFigures;
import org.jixiao.synthetic.ProvinceGenerator;
import org.jixiao.synthetic.ReportGenerator;
import org.jixiao.synthetic.UnitIdentity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Loads a synthetic province (org.jixiao.synthetic) into a migrated Jixiao database with JDBC batches: one district
 * per 区县 (region 湘中省青岚市东城区, city and province filled), its units, 1–{@code maxYears} reports per unit (the last
 * years of 2021–2025) as version 1 with their roll-up figures, in a mix of states (about half PUBLISHED, a fifth
 * APPROVED, the rest SUBMITTED or DRAFT), and optionally accounts: {@code u<unit code>} 单位填报人 per unit and
 * {@code r<district code>} 财政审核人 per district, all with the same password. Deterministic for a seed.
 */
public final class SyntheticProvinceLoader {

    public record Loaded(int districts, int units, int reports, long millis) {}

    private final int cities;
    private final int districtsPerCity;
    private final int unitsPerDistrict;
    private final int maxYears;
    private final long seed;
    private final String password;
    private boolean progress;

    /** Prints a line every ten districts. */
    public SyntheticProvinceLoader verbose() {
        progress = true;
        return this;
    }

    public SyntheticProvinceLoader(int cities, int districtsPerCity, int unitsPerDistrict, int maxYears, long seed, String password) {
        this.cities = cities;
        this.districtsPerCity = districtsPerCity;
        this.unitsPerDistrict = unitsPerDistrict;
        this.maxYears = maxYears;
        this.seed = seed;
        this.password = password;
    }

    /** The state of report {@code (unit index, year)}: stable for a seed. */
    public static String stateOf(long seed, int unitIndex, int year) {
        int r = new SplittableRandom(seed * 31 + unitIndex * 7L + year).nextInt(100);
        return r < 50 ? "PUBLISHED" : r < 70 ? "APPROVED" : r < 85 ? "SUBMITTED" : "DRAFT";
    }

    public int yearsOf(int unitIndex) {
        return 1 + new SplittableRandom(seed + unitIndex).nextInt(maxYears);
    }

    public Loaded load(DataSource dataSource) throws SQLException {
        long start = System.nanoTime();
        ProvinceGenerator province = new ProvinceGenerator(cities, districtsPerCity, unitsPerDistrict);
        ReportGenerator generator = new ReportGenerator();
        ReportJson json = new ReportJson();
        String hash = password == null ? null : new BCryptPasswordEncoder().encode(password);
        int reportCount = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int year : ProvinceGenerator.YEARS) {
                try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM fiscal_years WHERE fiscal_year = ?")) {
                    p.setInt(1, year);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == 0) {
                            try (PreparedStatement i = c.prepareStatement("INSERT INTO fiscal_years (fiscal_year, is_open) VALUES (?, TRUE)")) {
                                i.setInt(1, year);
                                i.executeUpdate();
                            }
                        }
                    }
                }
            }
            c.commit();
            int districtCount = cities * districtsPerCity;
            for (int d = 0; d < districtCount; d++) {
                int first = d * unitsPerDistrict;
                UnitIdentity sample = province.unit(first);
                String districtCode = "D" + sample.code().substring(0, 4);
                long districtId = insertDistrict(c, districtCode, sample);
                Timestamp now = Timestamp.from(Instant.now());
                // units and accounts
                try (PreparedStatement u = c.prepareStatement("INSERT INTO units (code, name, district_id) VALUES (?, ?, ?)")) {
                    for (int i = first; i < first + unitsPerDistrict; i++) {
                        UnitIdentity unit = province.unit(i);
                        u.setString(1, unit.code());
                        u.setString(2, unit.name());
                        u.setLong(3, districtId);
                        u.addBatch();
                    }
                    u.executeBatch();
                }
                Map<String, Long> unitIds = new HashMap<>();
                try (PreparedStatement q = c.prepareStatement("SELECT id, code FROM units WHERE district_id = ?")) {
                    q.setLong(1, districtId);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) unitIds.put(rs.getString(2), rs.getLong(1));
                    }
                }
                if (hash != null) {
                    try (PreparedStatement a = c.prepareStatement("""
                            INSERT INTO app_users (username, display_name, role, unit_id, district_id, password_hash, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                        for (int i = first; i < first + unitsPerDistrict; i++) {
                            UnitIdentity unit = province.unit(i);
                            a.setString(1, "u" + unit.code());
                            a.setString(2, "填报人" + unit.code());
                            a.setString(3, "UNIT_PREPARER");
                            a.setLong(4, unitIds.get(unit.code()));
                            a.setObject(5, null);
                            a.setString(6, hash);
                            a.setTimestamp(7, now);
                            a.addBatch();
                        }
                        a.setString(1, "r" + districtCode);
                        a.setString(2, "审核人" + districtCode);
                        a.setString(3, "REVIEWER");
                        a.setObject(4, null);
                        a.setLong(5, districtId);
                        a.setString(6, hash);
                        a.setTimestamp(7, now);
                        a.addBatch();
                        a.executeBatch();
                    }
                }
                // reports: generated in parallel, written in batches
                record Planned(int unitIndex, long unitId, int year, String state, String content, KeyFigures figures) {}
                List<int[]> plan = new ArrayList<>();
                for (int i = first; i < first + unitsPerDistrict; i++) {
                    int years = yearsOf(i);
                    for (int y = 5 - years; y < 5; y++) plan.add(new int[] {i, ProvinceGenerator.YEARS.get(y)});
                }
                List<Planned> planned = plan.parallelStream().map(p -> {
                    UnitIdentity unit = province.unit(p[0]);
                    Report report = generator.generate(seed + p[0] * 10L + p[1], unit, p[1]);
                    return new Planned(p[0], unitIds.get(unit.code()), p[1], stateOf(seed, p[0], p[1]), json.write(report),
                            KeyFigures.of(report));
                }).toList();
                try (PreparedStatement r = c.prepareStatement("""
                        INSERT INTO reports (unit_id, fiscal_year, state, current_version, lock_version, created_at, updated_at,
                                             published_version, published_at)
                        VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?)""")) {
                    for (Planned p : planned) {
                        r.setLong(1, p.unitId());
                        r.setInt(2, p.year());
                        r.setString(3, p.state());
                        r.setTimestamp(4, now);
                        r.setTimestamp(5, now);
                        boolean published = p.state().equals("PUBLISHED");
                        if (published) r.setInt(6, 1); else r.setObject(6, null);
                        r.setTimestamp(7, published ? now : null);
                        r.addBatch();
                    }
                    r.executeBatch();
                }
                Map<String, Long> reportIds = new HashMap<>();
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT r.id, r.unit_id, r.fiscal_year FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.district_id = ?")) {
                    q.setLong(1, districtId);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) reportIds.put(rs.getLong(2) + "/" + rs.getInt(3), rs.getLong(1));
                    }
                }
                try (PreparedStatement v = c.prepareStatement("""
                        INSERT INTO report_versions (report_id, version_number, content, created_by, created_at, change_note)
                        VALUES (?, 1, ?, 'synthetic', ?, '合成数据')""");
                     PreparedStatement f = c.prepareStatement("""
                        INSERT INTO report_figures (report_id, version_number, income_total, expenditure_total, basic_total, project_total,
                                                    fiscal_total, three_public_total, operating_funds, procurement_total)
                        VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)""");
                     PreparedStatement pub = c.prepareStatement(
                        "INSERT INTO report_publications (report_id, version_number, published_at) VALUES (?, 1, ?)")) {
                    for (Planned p : planned) {
                        long id = reportIds.get(p.unitId() + "/" + p.year());
                        v.setLong(1, id);
                        v.setString(2, p.content());
                        v.setTimestamp(3, now);
                        v.addBatch();
                        KeyFigures k = p.figures();
                        f.setLong(1, id);
                        f.setBigDecimal(2, k.incomeTotal());
                        f.setBigDecimal(3, k.expenditureTotal());
                        f.setBigDecimal(4, k.basicTotal());
                        f.setBigDecimal(5, k.projectTotal());
                        f.setBigDecimal(6, k.fiscalTotal());
                        f.setBigDecimal(7, k.threePublicTotal());
                        f.setBigDecimal(8, k.operatingFunds());
                        f.setBigDecimal(9, k.procurementTotal());
                        f.addBatch();
                        if (p.state().equals("PUBLISHED")) {
                            pub.setLong(1, id);
                            pub.setTimestamp(2, now);
                            pub.addBatch();
                        }
                    }
                    v.executeBatch();
                    f.executeBatch();
                    pub.executeBatch();
                }
                c.commit();
                reportCount += planned.size();
                if (progress && (d + 1) % 10 == 0) {
                    System.out.printf("loaded %d/%d districts, %d reports, %d s%n", d + 1, districtCount, reportCount,
                            (System.nanoTime() - start) / 1_000_000_000);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            } catch (SQLException notPostgres) {
                c.rollback();
            }
            c.commit();
            return new Loaded(districtCount, districtCount * unitsPerDistrict, reportCount, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static long insertDistrict(Connection c, String code, UnitIdentity sample) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO districts (code, name, region, province, city) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
            p.setString(1, code);
            p.setString(2, sample.district());
            p.setString(3, sample.region());
            p.setString(4, sample.province());
            p.setString(5, sample.province() + sample.city());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

}
