package org.jixiao.loadtest;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Deadline day: unit users sign in, open their 2025 report in the editor, edit a cell, preview (the checker runs),
 * read the findings and save, again and again; reviewers read their queue of submitted reports. Users are those of
 * the synthetic province loader (u&lt;unit code&gt;, r&lt;district code&gt;, password demo; the units' 2025 reports DRAFT).
 *
 * <pre>
 * -Djixiao.base=http://127.0.0.1:8080[,http://127.0.0.1:8081]   instances; virtual users are spread round-robin
 * -Dusers=200 -Dreviewers=10 -Dseconds=300 -Dramp=30 -Dcities=14 -Ddistricts=10 -Dunits=80
 * </pre>
 */
public class DeadlineDaySimulation extends Simulation {

    /** 公开01表 一般公共预算财政拨款收入 of a synthetic report. */
    static final String CELL = "/finalAccounts/tables/0/rows/0/cells/amount";

    static final String[] BASES = System.getProperty("jixiao.base", "http://127.0.0.1:8080").split(",");
    static final int USERS = Integer.getInteger("users", 200);
    static final int REVIEWERS = Integer.getInteger("reviewers", 10);
    static final int SECONDS = Integer.getInteger("seconds", 300);
    static final int RAMP = Integer.getInteger("ramp", 30);
    static final int CITIES = Integer.getInteger("cities", 14);
    static final int DISTRICTS = Integer.getInteger("districts", 10);
    static final int UNITS = Integer.getInteger("units", 80);

    /** Unit users spread over the province: user k is unit (k mod units) of district k / units …, each used once. */
    static Iterator<Map<String, Object>> unitUsers() {
        AtomicInteger next = new AtomicInteger();
        Supplier<Map<String, Object>> user = () -> {
            int k = next.getAndIncrement();
            int district = k % (CITIES * DISTRICTS);
            int unit = (k / (CITIES * DISTRICTS)) % UNITS;
            String code = String.format("%02d%02d%03d", district / DISTRICTS + 1, district % DISTRICTS + 1, unit + 1);
            return Map.of("username", "u" + code);
        };
        return Stream.generate(user).iterator();
    }

    static Iterator<Map<String, Object>> reviewers() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> {
            int district = next.getAndIncrement() % (CITIES * DISTRICTS);
            return (Map<String, Object>) Map.<String, Object>of("username",
                    String.format("rD%02d%02d", district / DISTRICTS + 1, district % DISTRICTS + 1));
        }).iterator();
    }

    HttpProtocolBuilder protocol = http.baseUrls(BASES).acceptHeader("application/json").disableFollowRedirect()
            .shareConnections();

    static final io.gatling.javaapi.core.ChainBuilder SIGN_IN = exec(
            http("sign-in page").get("/login").header("Accept", "text/html")
                    .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("formCsrf")),
            http("sign in").post("/login").formParam("username", "#{username}").formParam("password", "demo")
                    .formParam("_csrf", "#{formCsrf}").check(status().is(302), header("Location").not(session -> "/login?error")),
            http("session").get("/api/v1/session")
                    .check(jsonPath("$.csrfToken").saveAs("csrf"), jsonPath("$.csrfHeader").saveAs("csrfHeader")));

    ScenarioBuilder units = scenario("unit users").feed(unitUsers())
            .exec(SIGN_IN)
            .exec(http("my reports").get("/api/v1/reports?year=2025").check(jsonPath("$[0].id").saveAs("id")))
            .during(Duration.ofSeconds(SECONDS)).on(
                    exec(http("open report").get("/api/v1/reports/#{id}/editor")
                                    .check(jsonPath("$.lockVersion").saveAs("lock"), jsonPath("$.version").saveAs("version")))
                            .pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                            .exec(session -> session.set("value", String.format("%d.%02d", 100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900),
                                    java.util.concurrent.ThreadLocalRandom.current().nextInt(100))))
                            .exec(http("edit cell (preview)").post("/api/v1/reports/#{id}/preview").header("X-CSRF-TOKEN", "#{csrf}")
                                    .header("Content-Type", "application/json")
                                    .body(StringBody("{\"version\":#{version},\"edits\":[{\"pointer\":\"" + CELL + "\",\"value\":\"#{value}\"}]}")))
                            .exec(http("findings").get("/api/v1/reports/#{id}/findings"))
                            .pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                            .exec(http("save").put("/api/v1/reports/#{id}/content").header("X-CSRF-TOKEN", "#{csrf}")
                                    .header("Content-Type", "application/json")
                                    .body(StringBody("{\"lockVersion\":#{lock},\"edits\":[{\"pointer\":\"" + CELL + "\",\"value\":\"#{value}\"}],"
                                            + "\"note\":\"load test\"}"))
                                    .check(status().is(200)))
                            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

    ScenarioBuilder reviewing = scenario("reviewers").feed(reviewers())
            .exec(SIGN_IN)
            .during(Duration.ofSeconds(SECONDS)).on(
                    exec(http("review queue").get("/api/v1/reports?state=SUBMITTED")).pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

    {
        setUp(units.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))),
                reviewing.injectOpen(rampUsers(REVIEWERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
