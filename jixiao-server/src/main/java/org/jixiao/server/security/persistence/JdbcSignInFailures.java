package org.jixiao.server.security.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jixiao.server.security.SignInFailures;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link SignInFailures} in the {@code sign_in_failures} table (one row per name that failed recently). */
@Repository
class JdbcSignInFailures implements SignInFailures {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcSignInFailures(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public Optional<Instant> lockedUntil(String username, Instant now) {
        return jdbc.sql("SELECT locked_until FROM sign_in_failures WHERE username = ? AND locked_until > ?")
                .params(username, utc(now)).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    @Override
    public Optional<Instant> recordFailure(String username, Instant now, int limit, Duration window, Duration lock) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transaction.execute(status -> count(username, now, limit, window, lock));
            } catch (DuplicateKeyException firstFailureRace) {
                if (attempt > 2) throw firstFailureRace; // another instance inserted the row first: count again
            }
        }
    }

    private Optional<Instant> count(String username, Instant now, int limit, Duration window, Duration lock) {
        var row = jdbc.sql("SELECT failures, last_failure_at FROM sign_in_failures WHERE username = ? FOR UPDATE").param(username)
                .query((rs, n) -> new Object[] {rs.getInt("failures"), rs.getObject("last_failure_at", OffsetDateTime.class)})
                .optional();
        if (row.isEmpty()) {
            jdbc.sql("INSERT INTO sign_in_failures (username, failures, last_failure_at) VALUES (?, 0, ?)").params(username, utc(now)).update();
            row = Optional.of(new Object[] {0, utc(now)});
        }
        int previous = (Integer) row.get()[0];
        boolean stale = ((OffsetDateTime) row.get()[1]).toInstant().isBefore(now.minus(window));
        int failures = (stale ? 0 : previous) + 1;
        if (failures >= limit) {
            Instant until = now.plus(lock);
            jdbc.sql("UPDATE sign_in_failures SET failures = 0, last_failure_at = ?, locked_until = ? WHERE username = ?")
                    .params(utc(now), utc(until), username).update();
            return Optional.of(until);
        }
        jdbc.sql("UPDATE sign_in_failures SET failures = ?, last_failure_at = ? WHERE username = ?")
                .params(failures, utc(now), username).update();
        return Optional.empty();
    }

    @Override
    public void clear(String username) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE username = ?").param(username).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
