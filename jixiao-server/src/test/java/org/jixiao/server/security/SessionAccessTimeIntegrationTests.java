package org.jixiao.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Sessions live in the database, but a request writes its time there only when the stored time is a minute old
 * (issue "Province scale": one UPDATE per request was the database's busiest statement under load). Expiry is still
 * the database's: a session whose stored expiry has passed is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
class SessionAccessTimeIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void requestsWithinAMinuteLeaveTheSessionRowAsItWas() {
        var user = WebSession.signedIn(port, "qita");
        List<Map<String, Object>> before = rows("qita");

        for (int i = 0; i < 5; i++) assertThat(user.get("/api/v1/session").statusCode()).isEqualTo(200);

        assertThat(rows("qita")).isEqualTo(before).isNotEmpty();
    }

    @Test
    void aRequestAfterAMinuteMovesTheAccessTimeAndTheExpiryOn() {
        var user = WebSession.signedIn(port, "tianbao");
        jdbc.update("UPDATE spring_session SET last_access_time = last_access_time - 120000, expiry_time = expiry_time - 120000 "
                + "WHERE principal_name = 'tianbao'");
        long aged = ((Number) newest("tianbao").get("last_access_time")).longValue();
        long asked = System.currentTimeMillis();

        assertThat(user.get("/api/v1/session").statusCode()).isEqualTo(200);

        Map<String, Object> after = newest("tianbao");
        long access = ((Number) after.get("last_access_time")).longValue();
        assertThat(access).isGreaterThan(aged).isGreaterThanOrEqualTo(asked - 1000);
        assertThat(((Number) after.get("expiry_time")).longValue())
                .isEqualTo(access + ((Number) after.get("max_inactive_interval")).longValue() * 1000);
    }

    @Test
    void aSessionWhoseStoredExpiryHasPassedIsRefused() {
        var user = WebSession.signedIn(port, "fuze");
        assertThat(user.get("/api/v1/session").statusCode()).isEqualTo(200);
        long nineHoursAgo = System.currentTimeMillis() - 9 * 3600_000L;
        jdbc.update("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE principal_name = 'fuze'",
                nineHoursAgo, nineHoursAgo + 8 * 3600_000L);

        assertThat(user.get("/api/v1/session").statusCode()).isEqualTo(401);
    }

    /** The stored sessions of a user (other test classes sharing this context may have left some). */
    private List<Map<String, Object>> rows(String username) {
        return jdbc.queryForList("SELECT session_id, last_access_time, expiry_time, max_inactive_interval FROM spring_session "
                + "WHERE principal_name = ? ORDER BY session_id", username);
    }

    private Map<String, Object> newest(String username) {
        return rows(username).stream().max(java.util.Comparator.comparingLong(r -> ((Number) r.get("last_access_time")).longValue())).orElseThrow();
    }
}
