package org.jixiao.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.server.MappedEndpoints;
import org.jixiao.server.MappedEndpoints.Endpoint;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.SampleReports;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps (read from Spring MVC at test time), called as every role against a report
 * of another unit or district than the caller's, must answer exactly as {@link #POLICY} says: 404 for a report the
 * caller may not see (the same answer as for one that does not exist), 403 for an action the role may not take,
 * 401 (API) or a redirect to the sign-in page (pages) for anonymous callers. Every state-changing request without
 * the CSRF token is refused with 403 and changes nothing.
 *
 * <p><b>A new endpoint fails this test until it is added to {@link #POLICY}</b>: decide who may call it, say so in
 * one line, and the matrix checks it from then on (docs/security.md, "Access matrix").
 */
// A context of its own (the extra property): a cached one shared with other classes may have a locked account
// (SignInIntegrationTests locks admin); closed afterwards because this class adds a district, units and reports.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json", "jixiao.test.context=access-matrix"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

    /** Who calls. TIANBAO/FUZE work for unit A, QITA for unit B (both in 演示区), SHENHE reviews 演示区, SHENHE2 另一区. */
    enum Caller { ANONYMOUS, TIANBAO, FUZE, QITA, SHENHE, SHENHE2, ADMIN }

    /** Who may do what with an endpoint. */
    enum Rule {
        /** Anyone, signed in or not (public pages, the OpenAPI document); only checked not to fail. */
        OPEN,
        /**
         * A published report's public page, data or download ({@code /public/reports/{id}}, {@code /api/v1/public/...}):
         * open to anyone once published, 404 for everyone before. Every report of this test is an unpublished draft.
         */
        PUBLISHED_REPORT,
        /** Any signed-in account; what it returns is scoped to the account (checked separately for lists). */
        SIGNED_IN,
        /** Administrators only. */
        ADMIN_ONLY,
        /** Read a report: whoever may see it (its unit, its district's reviewer, an administrator). */
        READ_REPORT,
        /** Change a report's content or move it as its unit: the unit's 填报人/负责人 only; others who see it get 403. */
        UNIT_ACTS,
        /** A reviewer's step: the district's 财政审核人 only; others who see it get 403. */
        REVIEWER_ACTS,
        /** Either the unit or the district's reviewer (发起更正); an administrator who sees it gets 403. */
        UNIT_OR_REVIEWER_ACTS,
        /** The reviewer's desk (审核台): reviewers and administrators; unit staff get 403 even for their own reports. */
        REVIEW_DESK,
        /** A report on the desk (comparison): its district's reviewer and administrators; unit staff 403, other reviewers 404. */
        REVIEW_REPORT,
        /**
         * Creating a report through the API for a unit that is not the caller's: unit staff and reviewers get 403; an
         * administrator may, but the unit already has its 2021 report, so 409 (nothing is created either way).
         */
        CREATE_FOR_OTHER_UNIT,
        /** A form post that answers with a redirect back to its page and the problem as a message (never to sign-in once signed in). */
        FORM_POST,
        /**
         * Something of a district that has no reviewer among the callers (第三区): its roll-up, a publish job. Every
         * signed-in caller but an administrator gets 403; for an administrator see {@link #ADMIN_SEES}.
         */
        THIRD_DISTRICT,
        /** As {@link #THIRD_DISTRICT}, but an administrator may (roll-ups of any level). */
        ADMIN_SEES,
        /**
         * A job by id, or its download: no job exists in this test (and a job is seen only by its owner, its district's
         * reviewer and administrators), so 404 for every signed-in caller.
         */
        NOT_YOURS,
        /** Not a route a client calls (the servlet error page): listed so that it is a decision, not an omission. */
        NOT_CALLED
    }

    /** One line of the policy: the rule, and how to make a well-formed request (query and JSON body) for a report id. */
    record Policy(Rule rule, String query, LongFunction<Object> body) {
        static Policy of(Rule rule) {
            return new Policy(rule, "", id -> null);
        }

        Policy query(String q) {
            return new Policy(rule, q, body);
        }

        Policy body(LongFunction<Object> b) {
            return new Policy(rule, query, b);
        }
    }

    static final String TOTAL = "/finalAccounts/tables/0/rows/0/cells/total";

    /**
     * The policy table: every mapped endpoint ("METHOD pattern") with its rule. Bodies are well-formed, with the
     * target's current lock version, so that a missing access check would show as a 2xx rather than a 400 or 409.
     */
    final Map<String, Policy> POLICY = new LinkedHashMap<>();

    {
        // Pages and documentation anyone may open.
        POLICY.put("GET /", Policy.of(Rule.OPEN));
        POLICY.put("GET /login", Policy.of(Rule.OPEN));
        POLICY.put("GET /v3/api-docs", Policy.of(Rule.OPEN));
        POLICY.put("GET /v3/api-docs/{group}", Policy.of(Rule.OPEN));
        POLICY.put("GET /v3/api-docs.yaml", Policy.of(Rule.OPEN));
        POLICY.put("GET /v3/api-docs.yaml/{group}", Policy.of(Rule.OPEN));
        POLICY.put("GET /v3/api-docs/swagger-config", Policy.of(Rule.OPEN));
        POLICY.put("GET /swagger-ui.html", Policy.of(Rule.OPEN));
        POLICY.put("GET /error", Policy.of(Rule.NOT_CALLED));
        POLICY.put("POST /error", Policy.of(Rule.NOT_CALLED));
        // Signed in.
        POLICY.put("GET /work", Policy.of(Rule.SIGNED_IN));
        POLICY.put("GET /work/new", Policy.of(Rule.SIGNED_IN));
        POLICY.put("POST /work/new", Policy.of(Rule.FORM_POST));
        POLICY.put("POST /api/v1/reports", Policy.of(Rule.CREATE_FOR_OTHER_UNIT).body(id -> Map.of("fiscalYear", 2021, "unitId", this.otherUnitId)));
        POLICY.put("GET /review", Policy.of(Rule.REVIEW_DESK));
        // The public site: lists and district data show only published reports (none here); a report's page, documents
        // and data are 404 until it is published, for everyone, signed in or not.
        POLICY.put("GET /public", Policy.of(Rule.OPEN));
        POLICY.put("GET /api/v1/public/reports", Policy.of(Rule.OPEN));
        POLICY.put("GET /open-data/districts/{code}.csv", Policy.of(Rule.OPEN));
        POLICY.put("GET /open-data/districts/{code}/datapackage.json", Policy.of(Rule.OPEN));
        POLICY.put("GET /public/reports/{id}", Policy.of(Rule.PUBLISHED_REPORT));
        POLICY.put("GET /public/reports/{id}/document.{format}", Policy.of(Rule.PUBLISHED_REPORT));
        POLICY.put("GET /api/v1/public/reports/{id}", Policy.of(Rule.PUBLISHED_REPORT));
        POLICY.put("GET /api/v1/public/reports/{id}/charts", Policy.of(Rule.PUBLISHED_REPORT));
        POLICY.put("GET /open-data/reports/{id}.csv", Policy.of(Rule.PUBLISHED_REPORT));
        POLICY.put("GET /open-data/reports/{id}/datapackage.json", Policy.of(Rule.PUBLISHED_REPORT));
        // Staff download of the current version: whoever may read the report.
        POLICY.put("GET /reports/{id}/document.{format}", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /review/rollup", Policy.of(Rule.ADMIN_SEES).query("?level=district&code=third&year=2021"));
        POLICY.put("GET /api/v1/rollups", Policy.of(Rule.ADMIN_SEES).query("?level=district&code=third&year=2021"));
        POLICY.put("POST /api/v1/jobs/publish", Policy.of(Rule.THIRD_DISTRICT).body(id -> Map.of("districtId", this.thirdDistrictId, "year", 2021)));
        POLICY.put("POST /api/v1/jobs/render", Policy.of(Rule.ADMIN_ONLY).body(id -> Map.of("districtId", this.thirdDistrictId, "year", 2021)));
        POLICY.put("POST /api/v1/jobs/import", Policy.of(Rule.ADMIN_ONLY)); // multipart, built in call()
        POLICY.put("GET /api/v1/jobs/{id}", Policy.of(Rule.NOT_YOURS));
        POLICY.put("GET /api/v1/jobs/{id}/result", Policy.of(Rule.NOT_YOURS));
        POLICY.put("GET /api/v1/jobs", Policy.of(Rule.SIGNED_IN));
        POLICY.put("GET /review/jobs", Policy.of(Rule.REVIEW_DESK));
        POLICY.put("POST /review/jobs", Policy.of(Rule.FORM_POST)); // no district in the body: refused, back to the page
        POLICY.put("GET /api/v1/review/queue", Policy.of(Rule.REVIEW_DESK));
        POLICY.put("GET /review/reports/{id}/compare", Policy.of(Rule.REVIEW_REPORT));
        POLICY.put("GET /api/v1/review/reports/{id}/compare", Policy.of(Rule.REVIEW_REPORT));
        POLICY.put("GET /api/v1/session", Policy.of(Rule.SIGNED_IN));
        POLICY.put("GET /api/v1/reports", Policy.of(Rule.SIGNED_IN));
        // Administration.
        POLICY.put("GET /api/v1/admin/audit", Policy.of(Rule.ADMIN_ONLY));
        POLICY.put("GET /api/v1/admin/audit.csv", Policy.of(Rule.ADMIN_ONLY));
        POLICY.put("GET /api/v1/admin/codes", Policy.of(Rule.ADMIN_ONLY).query("?year=2021&scheme=FUNCTIONAL"));
        // Code-list editing: only administrators (an administrator's change is not run here).
        POLICY.put("POST /api/v1/admin/codes", Policy.of(Rule.ADMIN_ONLY)
                .body(id -> Map.of("year", 2021, "scheme", "FUNCTIONAL", "code", "2010388", "name", "越权的编码")));
        POLICY.put("PUT /api/v1/admin/codes/{year}/{scheme}/{code}", Policy.of(Rule.ADMIN_ONLY).body(id -> Map.of("name", "越权的名称")));
        POLICY.put("DELETE /api/v1/admin/codes/{year}/{scheme}/{code}", Policy.of(Rule.ADMIN_ONLY));
        POLICY.put("POST /api/v1/admin/codes/import", Policy.of(Rule.ADMIN_ONLY).query("?year=2021&scheme=FUNCTIONAL"));
        POLICY.put("POST /admin/codes", Policy.of(Rule.ADMIN_ONLY));
        POLICY.put("POST /admin/codes/{year}/{scheme}/{code}/rename", Policy.of(Rule.ADMIN_ONLY));
        POLICY.put("POST /admin/codes/{year}/{scheme}/{code}/remove", Policy.of(Rule.ADMIN_ONLY));
        POLICY.put("POST /admin/codes/import", Policy.of(Rule.ADMIN_ONLY));
        // The report page (merged from the editor branch).
        POLICY.put("GET /reports/{id}", Policy.of(Rule.READ_REPORT));
        // One report.
        POLICY.put("GET /api/v1/reports/{id}", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /api/v1/reports/{id}/versions", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /api/v1/reports/{id}/findings", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /api/v1/reports/{id}/editor", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /api/v1/reports/{id}/prior-year", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /api/v1/reports/{id}/readiness", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /api/v1/reports/{id}/explanations", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /api/v1/reports/{id}/comments", Policy.of(Rule.READ_REPORT));
        POLICY.put("GET /api/v1/reports/{id}/changes", Policy.of(Rule.READ_REPORT).query("?from=1&to=1"));
        POLICY.put("POST /api/v1/reports/{id}/preview", Policy.of(Rule.READ_REPORT)
                .body(id -> Map.of("version", 1, "edits", List.of(Map.of("pointer", TOTAL, "value", "1.00")))));
        POLICY.put("PUT /api/v1/reports/{id}/content", Policy.of(Rule.UNIT_ACTS)
                .body(id -> Map.of("lockVersion", lock(id), "edits", List.of(Map.of("pointer", TOTAL, "value", "1.00")), "note", "越权")));
        POLICY.put("POST /api/v1/reports/{id}/import", Policy.of(Rule.UNIT_ACTS)); // multipart, built in call()
        POLICY.put("PUT /api/v1/reports/{id}/explanations", Policy.of(Rule.UNIT_ACTS)
                .body(id -> Map.of("findingKey", "rule@location", "text", "越权的说明")));
        POLICY.put("POST /api/v1/reports/{id}/submit", Policy.of(Rule.UNIT_ACTS).body(this::step));
        POLICY.put("POST /api/v1/reports/{id}/return", Policy.of(Rule.REVIEWER_ACTS).body(this::step));
        POLICY.put("POST /api/v1/reports/{id}/approve", Policy.of(Rule.REVIEWER_ACTS).body(this::step));
        POLICY.put("POST /api/v1/reports/{id}/publish", Policy.of(Rule.REVIEWER_ACTS).body(this::step));
        POLICY.put("POST /api/v1/reports/{id}/reopen", Policy.of(Rule.UNIT_OR_REVIEWER_ACTS).body(this::step));
    }

    /**
     * Everything under {@code /admin/**} and {@code /api/v1/admin/**} is for administrators only (SecurityConfiguration);
     * the matrix checks that nobody else gets through. It never runs an administrator's change (it would remove users).
     */
    Policy policyOf(Endpoint e) {
        Policy listed = POLICY.get(e.key());
        if (listed != null) return listed;
        if (e.pattern().startsWith("/admin") || e.pattern().startsWith("/api/v1/admin/")) return Policy.of(Rule.ADMIN_ONLY);
        return null;
    }

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired Reports reports;
    @Autowired Units units;
    @Autowired Districts districts;
    @Autowired Accounts accounts;
    @Autowired PasswordEncoder passwords;

    /** Unit A's report (tianbao, fuze), unit B's (qita) in 演示区, unit C's in 另一区 (shenhe2). */
    long reportA, reportB, reportC;
    /** Unit C: nobody but an administrator may create its report. */
    long otherUnitId;
    /** 第三区: a district none of the callers reviews. */
    long thirdDistrictId;
    String unitAName, unitBName, unitCName;
    final Map<Caller, WebSession> sessions = new EnumMap<>(Caller.class);
    /** The reports of another unit or district than the caller's. */
    final Map<Caller, List<Long>> foreign = new EnumMap<>(Caller.class);
    /** A report the caller may act on (for the CSRF checks: without the token even the owner is refused). */
    final Map<Caller, Long> own = new EnumMap<>(Caller.class);

    @BeforeAll
    void twoDistrictsThreeUnitsSixAccounts() {
        Account tianbao = accounts.byUsername("tianbao").orElseThrow();
        Account qita = accounts.byUsername("qita").orElseThrow();
        long unitA = ((Scope.OfUnit) tianbao.scope()).unitId();
        long unitB = ((Scope.OfUnit) qita.scope()).unitId();
        String unitACode = units.byId(unitA).orElseThrow().code();
        reportA = reports.list().stream().filter(r -> r.unitCode().equals(unitACode)).findFirst().orElseThrow().id();
        Unit b = units.byId(unitB).orElseThrow();
        reportB = reports.create(unitB, SampleReports.expenditure(b.name(), 2021, "60.00", "40.00", "100.00"), Edit.by("test", "B")).id();
        District other = districts.add("other", "另一区", "另一");
        Unit c = units.add("other-unit", "另一区单位", other.id());
        otherUnitId = c.id();
        thirdDistrictId = districts.add("third", "第三区", "第三").id();
        reportC = reports.create(c.id(), SampleReports.expenditure(c.name(), 2021, "60.00", "40.00", "100.00"), Edit.by("test", "C")).id();
        accounts.add(Account.unsaved("shenhe2", "另一区审核人", Role.REVIEWER, new Scope.OfDistrict(other.id())), passwords.encode("demo"));
        unitAName = units.byId(unitA).orElseThrow().name();
        unitBName = b.name();
        unitCName = c.name();

        sessions.put(Caller.ANONYMOUS, new WebSession(port).withCsrfFrom("/login"));
        for (Caller caller : Caller.values()) {
            if (caller != Caller.ANONYMOUS) sessions.put(caller, WebSession.signedIn(port, username(caller)));
        }
        foreign.put(Caller.ANONYMOUS, List.of(reportA, reportC));
        foreign.put(Caller.TIANBAO, List.of(reportB, reportC));
        foreign.put(Caller.FUZE, List.of(reportB, reportC));
        foreign.put(Caller.QITA, List.of(reportA, reportC));
        foreign.put(Caller.SHENHE, List.of(reportC));
        foreign.put(Caller.SHENHE2, List.of(reportA, reportB));
        foreign.put(Caller.ADMIN, List.of(reportC)); // an administrator sees every report: "foreign" means only another district
        own.put(Caller.ANONYMOUS, reportA);
        own.put(Caller.TIANBAO, reportA);
        own.put(Caller.FUZE, reportA);
        own.put(Caller.QITA, reportB);
        own.put(Caller.SHENHE, reportA);
        own.put(Caller.SHENHE2, reportC);
        own.put(Caller.ADMIN, reportA);
    }

    @Test
    void everyMappedEndpointIsInThePolicyTable() {
        Set<String> unknown = new TreeSet<>();
        for (Endpoint e : MappedEndpoints.of(mapping)) {
            if (policyOf(e) == null) unknown.add(e.toString());
        }
        assertThat(unknown).as("endpoints without an access policy: add each to AccessMatrixIntegrationTests.POLICY "
                + "(who may call it, and a well-formed body)").isEmpty();
    }

    @Test
    void noRoleReachesWhatItMayNotSeeOrDo() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Endpoint e : MappedEndpoints.of(mapping)) {
            Policy policy = policyOf(e);
            if (policy == null || policy.rule() == Rule.NOT_CALLED) continue;
            boolean perReport = e.pattern().contains("{id}");
            for (Caller caller : Caller.values()) {
                if (policy.rule() == Rule.ADMIN_ONLY && caller == Caller.ADMIN && e.changesState()) continue;
                List<Long> targets = perReport ? foreign.get(caller) : List.of(0L);
                for (long target : targets) {
                    int expected = expected(policy.rule(), caller, e, perReport);
                    var response = call(caller, e, policy, target, true);
                    calls++;
                    int status = response.statusCode();
                    boolean toSignIn = status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
                    boolean ok = expected == 200 ? status / 100 == 2 : status == expected;
                    // Open documentation may redirect (/swagger-ui.html → /swagger-ui/index.html), never to the sign-in page.
                    if (policy.rule() == Rule.OPEN) ok = status / 100 == 2 || (status / 100 == 3 && !toSignIn);
                    if (expected == 302) {
                        boolean signIn = response.headers().firstValue("Location").orElse("").endsWith("/login");
                        ok = status == 302 && (caller == Caller.ANONYMOUS) == signIn;
                    }
                    if (!ok) wrong.add(caller + " " + e.key() + " on report " + target + ": expected " + expected + ", got " + status
                            + " " + abbreviate(response.body()));
                    if (status / 100 == 2 && perReport && caller != Caller.ADMIN) {
                        wrong.add(caller + " " + e.key() + " reached report " + target + " of another unit/district");
                    }
                }
            }
        }
        assertThat(wrong).as("answers that break the access policy (" + calls + " calls)").isEmpty();
        assertThat(calls).isGreaterThan(100);
        // Nothing above changed any report.
        assertThat(reports.current(reportA).orElseThrow().version()).isEqualTo(1);
        assertThat(reports.current(reportB).orElseThrow().version()).isEqualTo(1);
        assertThat(reports.current(reportC).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void theMatrixIsNotVacuousOwnersAndReviewersReadTheirReports() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : MappedEndpoints.of(mapping)) {
            Policy policy = POLICY.get(e.key());
            if (policy == null || policy.rule() != Rule.READ_REPORT) continue;
            for (Caller caller : List.of(Caller.TIANBAO, Caller.FUZE, Caller.SHENHE, Caller.ADMIN)) {
                var response = call(caller, e, policy, reportA, true);
                if (response.statusCode() != 200) wrong.add(caller + " " + e.key() + ": " + response.statusCode() + " " + abbreviate(response.body()));
            }
            var qita = call(Caller.QITA, e, policy, reportB, true);
            if (qita.statusCode() != 200) wrong.add("QITA " + e.key() + ": " + qita.statusCode());
            var shenhe2 = call(Caller.SHENHE2, e, policy, reportC, true);
            if (shenhe2.statusCode() != 200) wrong.add("SHENHE2 " + e.key() + ": " + shenhe2.statusCode());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyStateChangingRequestWithoutTheCsrfTokenIsRefused() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        List<String> paths = new ArrayList<>();
        for (Endpoint e : MappedEndpoints.of(mapping)) {
            if (!e.changesState() || policyOf(e) == null) continue;
            paths.add(e.key());
            for (Caller caller : Caller.values()) {
                var response = call(caller, e, policyOf(e), own.get(caller), false);
                calls++;
                if (response.statusCode() != 403) wrong.add(caller + " " + e.key() + " without CSRF: " + response.statusCode());
            }
        }
        // The sign-in and sign-out forms are filters, not mapped endpoints: they need the token too.
        for (Caller caller : Caller.values()) {
            for (String path : List.of("/login", "/logout")) {
                var response = sessions.get(caller).send(HttpRequest.newBuilder(URI.create(sessions.get(caller).base() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=tianbao&password=demo")).build());
                calls++;
                if (response.statusCode() != 403) wrong.add(caller + " POST " + path + " without CSRF: " + response.statusCode());
            }
        }
        assertThat(paths).contains("PUT /api/v1/reports/{id}/content", "POST /api/v1/reports/{id}/submit");
        assertThat(wrong).as("state-changing requests without the CSRF token (" + calls + " calls)").isEmpty();
        assertThat(reports.current(reportA).orElseThrow().version()).isEqualTo(1);
        // Still signed in: the refused sign-out did not end the session.
        assertThat(sessions.get(Caller.TIANBAO).get("/api/v1/session").statusCode()).isEqualTo(200);
    }

    @Test
    void listsShowOnlyWhatTheAccountMaySee() {
        Map<Caller, Set<Long>> visible = Map.of(
                Caller.TIANBAO, Set.of(reportA), Caller.FUZE, Set.of(reportA), Caller.QITA, Set.of(reportB),
                Caller.SHENHE, Set.of(reportA, reportB), Caller.SHENHE2, Set.of(reportC), Caller.ADMIN, Set.of(reportA, reportB, reportC));
        visible.forEach((caller, ids) -> {
            Set<Long> listed = new TreeSet<>();
            WebSession.json(sessions.get(caller).get("/api/v1/reports")).forEach(r -> listed.add(r.get("id").asLong()));
            assertThat(listed).as(caller + " GET /api/v1/reports").containsExactlyInAnyOrderElementsOf(ids);
            Set<Long> linked = new TreeSet<>();
            Matcher m = Pattern.compile("data-report-id=\"(\\d+)\"").matcher(sessions.get(caller).get("/work").body());
            while (m.find()) linked.add(Long.parseLong(m.group(1)));
            assertThat(linked).as(caller + " /work").containsExactlyInAnyOrderElementsOf(ids);
        });
    }

    /** A unit user guessing ids 1..N by URL and API finds their own report only, and cannot tell taken ids from free ones. */
    @Test
    void guessingIdsFindsOnlyTheUnitsOwnReport() {
        long max = Math.max(reportA, Math.max(reportB, reportC)) + 5;
        boolean reportPage = MappedEndpoints.of(mapping).stream().anyMatch(e -> e.key().equals("GET /reports/{id}"));
        String missingBody = null;
        for (Caller caller : List.of(Caller.TIANBAO, Caller.QITA)) {
            long mine = own.get(caller);
            WebSession session = sessions.get(caller);
            for (long id = 1; id <= max; id++) {
                var api = session.get("/api/v1/reports/" + id);
                var page = session.get("/reports/" + id);
                if (id == mine) {
                    assertThat(api.statusCode()).as(caller + " API own report " + id).isEqualTo(200);
                    if (reportPage) assertThat(page.statusCode()).as(caller + " page own report " + id).isEqualTo(200);
                    continue;
                }
                assertThat(api.statusCode()).as(caller + " API report " + id).isEqualTo(404);
                assertThat(page.statusCode()).as(caller + " page /reports/" + id).isEqualTo(404);
                for (String name : List.of(unitAName, unitBName, unitCName)) {
                    assertThat(api.body()).doesNotContain(name);
                    assertThat(page.body()).doesNotContain(name);
                }
                // The same answer for a report of another unit as for an id nobody has.
                String normalized = api.body().replaceAll("(?<!\\d)" + id + "(?!\\d)", "N").replaceAll("\"instance\":\"[^\"]*\"", "");
                if (missingBody == null) missingBody = normalized;
                assertThat(normalized).as("404 body for " + id).isEqualTo(missingBody);
            }
        }
    }

    private int expected(Rule rule, Caller caller, Endpoint e, boolean perReport) {
        boolean api = e.pattern().startsWith("/api/");
        if (rule == Rule.PUBLISHED_REPORT) return 404;
        if (caller == Caller.ANONYMOUS) {
            if (rule == Rule.OPEN) return 200;
            return api ? 401 : 302;
        }
        return switch (rule) {
            case OPEN, SIGNED_IN -> 200;
            case ADMIN_ONLY -> caller == Caller.ADMIN ? 200 : 403;
            case REVIEW_DESK -> caller == Caller.SHENHE || caller == Caller.SHENHE2 || caller == Caller.ADMIN ? 200 : 403;
            case REVIEW_REPORT -> caller == Caller.ADMIN ? 200 : caller == Caller.SHENHE || caller == Caller.SHENHE2 ? 404 : 403;
            case CREATE_FOR_OTHER_UNIT -> caller == Caller.ADMIN ? 409 : 403;
            case FORM_POST -> 302;
            case THIRD_DISTRICT -> 403;
            case ADMIN_SEES -> caller == Caller.ADMIN ? 200 : 403;
            case NOT_YOURS -> 404;
            // A report the caller may not see is "not found"; an administrator sees it but may not act for the unit.
            case READ_REPORT -> caller == Caller.ADMIN ? 200 : 404;
            case UNIT_ACTS, REVIEWER_ACTS, UNIT_OR_REVIEWER_ACTS -> caller == Caller.ADMIN ? 403 : 404;
            case PUBLISHED_REPORT, NOT_CALLED -> throw new IllegalStateException();
        };
    }

    private HttpResponse<String> call(Caller caller, Endpoint e, Policy policy, long target, boolean withCsrf) {
        WebSession session = sessions.get(caller);
        String path = e.pattern().replace("{id}", Long.toString(target)).replace("{group}", "all")
                .replace("{username}", "qita").replace("{year}", "2021").replace("{scheme}", "FUNCTIONAL")
                .replace("{format}", "html").replace("{code}", "demo") + policy.query();
        if (path.contains("{")) throw new IllegalStateException("fill the path variables of " + e.key() + " in call()");
        var builder = HttpRequest.newBuilder(URI.create(session.base() + path));
        if (withCsrf) builder = session.withCsrf(builder);
        if (e.key().equals("POST /api/v1/jobs/import")) {
            String boundary = "----jixiaojobs";
            String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"districtId\"\r\n\r\n" + thirdDistrictId + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"reports.zip\"\r\n"
                    + "Content-Type: application/zip\r\n\r\nPK\r\n--" + boundary + "--\r\n";
            return session.send(builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
        }
        if (e.key().equals("POST /api/v1/reports/{id}/import")) {
            String boundary = "----jixiao" + target;
            String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lockVersion\"\r\n\r\n" + lock(target) + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n2021年度部门决算\r\n--" + boundary + "--\r\n";
            return session.send(builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
        }
        Object body = policy.body().apply(target);
        if (!e.changesState()) return session.send(builder.method(e.method(), HttpRequest.BodyPublishers.noBody()).build());
        String json = body == null ? "{}" : writeJson(body);
        return session.send(builder.header("Content-Type", "application/json")
                .method(e.method(), HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private static String writeJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    private Object step(long id) {
        return Map.of("lockVersion", lock(id), "comments", List.of(Map.of("anchor", TOTAL, "body", "越权的意见")), "reason", "越权的更正");
    }

    private long lock(long id) {
        return reports.current(id).map(ReportSnapshot::lockVersion).orElse(0L);
    }

    private static String username(Caller caller) {
        return caller.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 160 ? b.substring(0, 160) + "…" : b;
    }
}
