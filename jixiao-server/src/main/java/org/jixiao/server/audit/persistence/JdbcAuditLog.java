package org.jixiao.server.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.audit.AuditQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link AuditLog} in the {@code audit_log} table. */
@Repository
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry e) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor, action, subject, report_id, unit_id, district_id, detail, before_value, after_value)
                VALUES (:at, :actor, :action, :subject, :report, :unit, :district, :detail, :before, :after)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .param("actor", e.actor()).param("action", e.action()).param("subject", clip(e.subject(), 200))
                .param("report", e.reportId()).param("unit", e.unitId()).param("district", e.districtId())
                .param("detail", clip(e.detail(), 2000)).param("before", e.before()).param("after", e.after())
                .update();
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        var where = new StringBuilder("WHERE 1 = 1");
        var params = new LinkedHashMap<String, Object>();
        if (q.actor() != null) { where.append(" AND actor = :actor"); params.put("actor", q.actor()); }
        if (q.action() != null) { where.append(" AND action = :action"); params.put("action", q.action()); }
        if (q.reportId() != null) { where.append(" AND report_id = :report"); params.put("report", q.reportId()); }
        if (q.districtId() != null) { where.append(" AND district_id = :district"); params.put("district", q.districtId()); }
        if (q.from() != null) { where.append(" AND occurred_at >= :from"); params.put("from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC)); }
        if (q.to() != null) { where.append(" AND occurred_at < :to"); params.put("to", OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC)); }
        if (q.beforeId() != null) { where.append(" AND id < :before"); params.put("before", q.beforeId()); }
        return jdbc.sql("SELECT * FROM audit_log " + where + " ORDER BY id DESC FETCH FIRST " + q.limit() + " ROWS ONLY")
                .params(params).query(JdbcAuditLog::map).list();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), nullableLong(rs, "report_id"), nullableLong(rs, "unit_id"),
                nullableLong(rs, "district_id"), rs.getString("detail"), rs.getString("before_value"), rs.getString("after_value"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
