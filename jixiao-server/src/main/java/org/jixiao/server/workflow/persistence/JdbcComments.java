package org.jixiao.server.workflow.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.server.workflow.Comment;
import org.jixiao.server.workflow.Comments;
import org.jixiao.server.workflow.NewComment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link Comments} in the {@code report_comments} table. */
@Repository
class JdbcComments implements Comments {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcComments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void add(long reportId, int version, String author, NewComment comment) {
        jdbc.sql("""
                INSERT INTO report_comments (report_id, version_number, author, created_at, anchor, body)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(reportId, version, author, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC),
                        comment.anchor(), comment.body())
                .update();
    }

    @Override
    public List<Comment> of(long reportId) {
        return jdbc.sql("SELECT * FROM report_comments WHERE report_id = ? ORDER BY id").param(reportId)
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getInt("version_number"), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("anchor"), rs.getString("body")))
                .list();
    }
}
