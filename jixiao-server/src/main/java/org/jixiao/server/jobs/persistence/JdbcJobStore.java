package org.jixiao.server.jobs.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.server.jobs.Job;
import org.jixiao.server.jobs.JobStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcJobStore implements JobStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcJobStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long create(Job.Kind kind, String owner, long districtId, Integer fiscalYear) {
        var key = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        jdbc.sql("""
                INSERT INTO jobs (kind, owner, district_id, fiscal_year, state, total_items, done_items, failed_items,
                                  created_at, updated_at)
                VALUES (:kind, :owner, :district, :year, 'QUEUED', 0, 0, 0, :now, :now)""")
                .param("kind", kind.name()).param("owner", owner).param("district", districtId).param("year", fiscalYear)
                .param("now", now).update(key, "id");
        return key.getKey().longValue();
    }

    @Override
    public Optional<Job> byId(long id) {
        return jdbc.sql("SELECT * FROM jobs WHERE id = ?").param(id).query(JdbcJobStore::job).optional();
    }

    @Override
    public List<Job> recent(String owner, Long districtId, boolean all, int limit) {
        String where = all ? "" : districtId == null ? "WHERE owner = :owner" : "WHERE owner = :owner OR district_id = :district";
        var query = jdbc.sql("SELECT * FROM jobs " + where + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
        if (!all) query = query.param("owner", owner);
        if (!all && districtId != null) query = query.param("district", districtId);
        return query.query(JdbcJobStore::job).list();
    }

    @Override
    public void expect(long id, int total) {
        jdbc.sql("UPDATE jobs SET total_items = ?, updated_at = ? WHERE id = ?").params(total, now(), id).update();
    }

    @Override
    public void start(long id, int total) {
        jdbc.sql("UPDATE jobs SET state = 'RUNNING', total_items = ?, updated_at = ? WHERE id = ?").params(total, now(), id).update();
    }

    @Override
    public Set<String> itemsTaken(long id) {
        return new HashSet<>(jdbc.sql("SELECT item_key FROM job_items WHERE job_id = ?").param(id).query(String.class).list());
    }

    @Override
    public void item(long id, String key, String outcome, String detail) {
        jdbc.sql("INSERT INTO job_items (job_id, item_key, outcome, detail) VALUES (?, ?, ?, ?)")
                .params(id, key, outcome, detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000))).update();
        String counter = outcome.equals("FAILED") ? "failed_items = failed_items + 1" : "done_items = done_items + 1";
        jdbc.sql("UPDATE jobs SET " + counter + ", updated_at = ? WHERE id = ?").params(now(), id).update();
    }

    @Override
    public void finish(long id, Job.State state, String message) {
        OffsetDateTime now = now();
        jdbc.sql("UPDATE jobs SET state = ?, message = ?, updated_at = ?, finished_at = ? WHERE id = ?")
                .params(state.name(), message == null ? null : message.substring(0, Math.min(message.length(), 4000)), now, now, id)
                .update();
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        int year = rs.getInt("fiscal_year");
        Integer fiscalYear = rs.wasNull() ? null : year;
        return new Job(rs.getLong("id"), Job.Kind.valueOf(rs.getString("kind")), rs.getString("owner"), rs.getLong("district_id"), fiscalYear,
                Job.State.valueOf(rs.getString("state")), rs.getInt("total_items"), rs.getInt("done_items"), rs.getInt("failed_items"),
                rs.getString("message"), instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
