package org.jixiao.server.reports.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportFilter;
import org.jixiao.server.reports.TransitionOutcome;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.ReportVersion;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.SaveOutcome;
import org.jixiao.server.reports.VersionStored;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Reports} in the {@code reports} and {@code report_versions} tables. The report row holds the state,
 * the current version number and the lock version; each saved content is an immutable version row.
 */
@Repository
class JdbcReports implements Reports {

    private static final String SNAPSHOT = """
            SELECT r.id, r.unit_id, u.district_id, r.fiscal_year, r.state, r.current_version, r.lock_version,
                   r.published_version
            FROM reports r JOIN units u ON u.id = r.unit_id
            WHERE r.id = ?""";

    private static final String SUMMARY = """
            SELECT r.id, u.code, u.name, u.district_id, r.fiscal_year, r.state, r.current_version, r.published_version
            FROM reports r JOIN units u ON u.id = r.unit_id
            """;

    private final JdbcClient jdbc;
    private final ReportJson json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ObjectProvider<VersionStored> listeners;
    private final VersionCache cache;

    JdbcReports(JdbcClient jdbc, ReportJson json, Clock clock, TransactionTemplate transaction, ObjectProvider<VersionStored> listeners,
            @Value("${jixiao.cache.report-versions:1000}") int cachedVersions) {
        this.cache = new VersionCache(Math.max(1, cachedVersions));
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.transaction = transaction;
        this.listeners = listeners;
    }

    @Override
    public ReportSnapshot create(long unitId, Report report, Edit edit) {
        String content = json.write(report);
        int year = report.header().fiscalYear();
        return transaction.execute(status -> {
            OffsetDateTime now = now();
            var key = new GeneratedKeyHolder();
            try {
                jdbc.sql("""
                        INSERT INTO reports (unit_id, fiscal_year, state, current_version, lock_version, created_at, updated_at)
                        VALUES (:unit, :year, :state, 1, 0, :now, :now)""")
                        .param("unit", unitId).param("year", year).param("state", ReportState.DRAFT.name()).param("now", now)
                        .update(key, "id");
            } catch (DuplicateKeyException e) {
                throw new IllegalArgumentException("单位 " + unitId + " 已有" + year + "年度的报告", e);
            }
            long id = key.getKey().longValue();
            appendVersion(id, 1, content, edit, now);
            stored(id, 1, report);
            long district = jdbc.sql("SELECT district_id FROM units WHERE id = ?").param(unitId).query(Long.class).single();
            return new ReportSnapshot(id, unitId, district, year, ReportState.DRAFT, 1, 0, 0, report);
        });
    }

    @Override
    public Optional<ReportSnapshot> current(long id) {
        return jdbc.sql(SNAPSHOT).param(id).query(this::header).optional().map(this::snapshot);
    }

    @Override
    public Optional<String> currentJson(long id) {
        return jdbc.sql("SELECT current_version FROM reports WHERE id = ?").param(id).query(Integer.class).optional()
                .flatMap(version -> stored(id, version));
    }

    /**
     * One stored version, from the cache or read and put there. A version read while a transaction is open is not
     * cached: it could be this transaction's own, not yet committed, and gone after a rollback.
     */
    private Optional<String> stored(long id, int version) {
        String cached = cache.get(id, version);
        if (cached != null) return Optional.of(cached);
        Optional<String> read = jdbc.sql("SELECT content FROM report_versions WHERE report_id = ? AND version_number = ?")
                .params(id, version).query(String.class).optional();
        if (read.isPresent() && !TransactionSynchronizationManager.isActualTransactionActive()) cache.put(id, version, read.get());
        return read;
    }

    /** A version this transaction appends goes into the cache once (and only if) it is committed. */
    private void cacheOnCommit(long id, int version, String content) {
        String entry = content;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.put(id, version, entry);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.put(id, version, entry);
            }
        });
    }

    @Override
    public SaveOutcome save(long id, long expectedLockVersion, Report report, Edit edit) {
        String content = json.write(report);
        return transaction.execute(status -> {
            Optional<Integer> year = jdbc.sql("SELECT fiscal_year FROM reports WHERE id = ?").param(id).query(Integer.class).optional();
            if (year.isEmpty()) return new SaveOutcome.NotFound(id);
            if (year.get() != report.header().fiscalYear()) {
                throw new IllegalArgumentException("报告 " + id + " 属于" + year.get() + "年度，不能改为" + report.header().fiscalYear() + "年度");
            }
            OffsetDateTime now = now();
            // The optimistic lock: a save over a save this session has not seen changes no row.
            int changed = jdbc.sql("""
                    UPDATE reports SET current_version = current_version + 1, lock_version = lock_version + 1, updated_at = ?
                    WHERE id = ? AND lock_version = ?""")
                    .params(now, id, expectedLockVersion).update();
            if (changed == 0) return conflict(id);
            var row = jdbc.sql("SELECT current_version, lock_version FROM reports WHERE id = ?").param(id)
                    .query((rs, n) -> new SaveOutcome.Saved(rs.getInt("current_version"), rs.getLong("lock_version"))).single();
            appendVersion(id, row.version(), content, edit, now);
            stored(id, row.version(), report);
            cacheOnCommit(id, row.version(), content);
            return row;
        });
    }

    @Override
    public List<ReportVersion> history(long id) {
        return jdbc.sql("""
                SELECT version_number, rule_set_version, created_by, created_at, change_note
                FROM report_versions WHERE report_id = ? ORDER BY version_number""")
                .param(id)
                .query((rs, n) -> new ReportVersion(rs.getInt("version_number"), rs.getString("rule_set_version"),
                        rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("change_note")))
                .list();
    }

    @Override
    public Optional<Report> version(long id, int number) {
        return stored(id, number).map(json::read);
    }

    @Override
    public Optional<String> versionJson(long id, int number) {
        return stored(id, number);
    }

    @Override
    public List<ReportSummary> list(ReportFilter filter) {
        var where = new StringBuilder("WHERE 1 = 1");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (filter.unitId() != null) { where.append(" AND r.unit_id = :unit"); params.put("unit", filter.unitId()); }
        if (filter.districtId() != null) { where.append(" AND u.district_id = :district"); params.put("district", filter.districtId()); }
        if (filter.state() != null) { where.append(" AND r.state = :state"); params.put("state", filter.state().name()); }
        if (filter.fiscalYear() != null) { where.append(" AND r.fiscal_year = :year"); params.put("year", filter.fiscalYear()); }
        if (filter.publishedOnly()) where.append(" AND r.published_version IS NOT NULL");
        return jdbc.sql(SUMMARY + where + " ORDER BY r.fiscal_year DESC, u.code").params(params).query(JdbcReports::summary).list();
    }

    @Override
    public Optional<ReportSummary> summary(long id) {
        return jdbc.sql(SUMMARY + "WHERE r.id = ?").param(id).query(JdbcReports::summary).optional();
    }

    private static ReportSummary summary(ResultSet rs, int row) throws SQLException {
        return new ReportSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("district_id"),
                rs.getInt("fiscal_year"), ReportState.valueOf(rs.getString("state")), rs.getInt("current_version"),
                rs.getInt("published_version"));
    }

    @Override
    public List<ReportSummary> mentioning(java.util.Collection<Integer> fiscalYears, String text) {
        if (fiscalYears.isEmpty()) return List.of();
        if (text.contains("%") || text.contains("_") || text.contains("\\")) throw new IllegalArgumentException("no LIKE wildcards: " + text);
        return jdbc.sql("""
                SELECT DISTINCT r.id, u.code, u.name, u.district_id, r.fiscal_year, r.state, r.current_version, r.published_version
                FROM reports r JOIN units u ON u.id = r.unit_id
                JOIN report_versions v ON v.report_id = r.id
                 AND (v.version_number = r.current_version OR v.version_number = r.published_version)
                WHERE r.fiscal_year IN (:years) AND v.content LIKE :text
                ORDER BY r.fiscal_year DESC, u.code""")
                .param("years", List.copyOf(fiscalYears)).param("text", "%" + text + "%")
                .query((rs, n) -> new ReportSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("district_id"), rs.getInt("fiscal_year"), ReportState.valueOf(rs.getString("state")),
                        rs.getInt("current_version"), rs.getInt("published_version")))
                .list();
    }

    @Override
    public TransitionOutcome transition(long id, long expectedLockVersion, ReportState from, ReportState to) {
        if (!from.canMoveTo(to)) throw new IllegalArgumentException(from + " → " + to + " is not a workflow step");
        return transaction.execute(status -> {
            OffsetDateTime now = now();
            String publish = to == ReportState.PUBLISHED ? ", published_version = current_version, published_at = :now" : "";
            int changed = jdbc.sql("UPDATE reports SET state = :to, lock_version = lock_version + 1, updated_at = :now" + publish
                            + " WHERE id = :id AND lock_version = :lock AND state = :from")
                    .param("to", to.name()).param("now", now).param("id", id).param("lock", expectedLockVersion).param("from", from.name())
                    .update();
            var row = jdbc.sql("SELECT state, lock_version FROM reports WHERE id = ?").param(id)
                    .query((rs, n) -> new Object[] {ReportState.valueOf(rs.getString("state")), rs.getLong("lock_version")})
                    .optional();
            if (row.isEmpty()) return new TransitionOutcome.NotFound(id);
            if (changed == 1 && to == ReportState.PUBLISHED) {
                jdbc.sql("""
                        INSERT INTO report_publications (report_id, version_number, published_at)
                        SELECT id, current_version, published_at FROM reports WHERE id = ?""").param(id).update();
            }
            ReportState state = (ReportState) row.get()[0];
            long lock = (Long) row.get()[1];
            return changed == 1 ? new TransitionOutcome.Moved(state, lock) : new TransitionOutcome.Conflict(state, lock);
        });
    }

    @Override
    public List<Integer> publications(long id) {
        return jdbc.sql("SELECT version_number FROM report_publications WHERE report_id = ? ORDER BY version_number")
                .param(id).query(Integer.class).list();
    }

    @Override
    public Optional<String> publishedJson(long id) {
        return jdbc.sql("SELECT published_version FROM reports WHERE id = ? AND published_version IS NOT NULL").param(id)
                .query(Integer.class).optional().flatMap(version -> stored(id, version));
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM reports").query(Long.class).single();
    }

    private SaveOutcome conflict(long id) {
        return jdbc.sql("""
                SELECT r.current_version, r.lock_version, v.created_by
                FROM reports r JOIN report_versions v ON v.report_id = r.id AND v.version_number = r.current_version
                WHERE r.id = ?""").param(id)
                .query((rs, n) -> (SaveOutcome) new SaveOutcome.Conflict(rs.getInt("current_version"), rs.getString("created_by"),
                        rs.getLong("lock_version")))
                .optional()
                .orElseGet(() -> new SaveOutcome.NotFound(id));
    }

    private void stored(long id, int version, Report report) {
        listeners.orderedStream().forEach(listener -> listener.stored(id, version, report));
    }

    private void appendVersion(long reportId, int number, String content, Edit edit, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO report_versions (report_id, version_number, content, rule_set_version, created_by, created_at, change_note)
                VALUES (:report, :number, :content, :rules, :author, :now, :note)""")
                .param("report", reportId).param("number", number).param("content", content)
                .param("rules", edit.ruleSetVersion()).param("author", edit.author()).param("now", now).param("note", edit.note())
                .update();
    }

    /** A report row without its content: the snapshot's fields, with the report still to read. */
    private ReportSnapshot header(ResultSet rs, int row) throws SQLException {
        return new ReportSnapshot(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("district_id"), rs.getInt("fiscal_year"),
                ReportState.valueOf(rs.getString("state")), rs.getInt("current_version"), rs.getLong("lock_version"),
                rs.getInt("published_version"), (Report) null);
    }

    /** The snapshot with its report, read from the stored JSON when first asked for. */
    private ReportSnapshot snapshot(ReportSnapshot h) {
        String content = stored(h.id(), h.version())
                .orElseThrow(() -> new IllegalStateException("report " + h.id() + " has no version " + h.version()));
        return new ReportSnapshot(h.id(), h.unitId(), h.districtId(), h.fiscalYear(), h.state(), h.version(), h.lockVersion(),
                h.publishedVersion(), () -> json.read(content));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
