package org.jixiao.server.workflow.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.server.workflow.Explanation;
import org.jixiao.server.workflow.Explanations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link Explanations} in the {@code finding_explanations} table. */
@Repository
class JdbcExplanations implements Explanations {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcExplanations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void put(long reportId, Explanation e) {
        var now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        int changed = jdbc.sql("UPDATE finding_explanations SET body = ?, author = ?, created_at = ? WHERE report_id = ? AND finding_key = ?")
                .params(e.body(), e.author(), now, reportId, e.findingKey()).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO finding_explanations (report_id, finding_key, body, author, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(reportId, e.findingKey(), e.body(), e.author(), now).update();
        }
    }

    @Override
    public Map<String, Explanation> of(long reportId) {
        var result = new LinkedHashMap<String, Explanation>();
        jdbc.sql("SELECT * FROM finding_explanations WHERE report_id = ? ORDER BY id").param(reportId)
                .query((rs, n) -> new Explanation(rs.getString("finding_key"), rs.getString("body"), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list().forEach(e -> result.put(e.findingKey(), e));
        return result;
    }
}
