package org.jixiao.server.carryover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.SaveOutcome;
import org.jixiao.server.reports.TransitionOutcome;
import org.jixiao.server.years.FiscalYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Last year's figures carried over, over real HTTP: a new report of 2024 takes the unit's own 2023 figures (the
 * published version, not a correction in progress, never another unit's); the editor's view fills only empty fields
 * and the fill is saved and audited as normal edits, with the drafted 情况说明 using the figures; without last year's
 * report the answer says so in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class PriorYearIntegrationTests {

    static final String GRAND_INCOME = "/finalAccounts/tables/0/rows/0/cells/prior";
    static final String GRAND_EXPENDITURE = "/finalAccounts/tables/0/rows/1/cells/prior";
    static final String OPERATING_PRIOR = "/finalAccounts/disclosures/operatingFunds/priorYear";

    @LocalServerPort int port;
    @Autowired Reports reports;
    @Autowired Accounts accounts;
    @Autowired FiscalYears years;
    @Autowired ReportJson json;

    @Test
    void aNewReportTakesTheUnitsOwnPublishedFiguresOfLastYear() {
        years.ensure(2023);
        years.ensure(2024);
        long mine = unitOf("tianbao");
        // 2023, published with 总计 120.00, then reopened: the correction (总计 130.00) is not published yet.
        long last = reports.create(mine, lastYear("演示试验单位", "120.00", "80.00", "5.50", "30.00"), Edit.by("test", "2023")).id();
        long lock = reports.current(last).orElseThrow().lockVersion();
        lock = move(last, lock, ReportState.DRAFT, ReportState.SUBMITTED);
        lock = move(last, lock, ReportState.SUBMITTED, ReportState.APPROVED);
        lock = move(last, lock, ReportState.APPROVED, ReportState.PUBLISHED);
        lock = move(last, lock, ReportState.PUBLISHED, ReportState.DRAFT);
        assertThat(reports.save(last, lock, lastYear("演示试验单位", "130.00", "80.00", "5.50", "30.00"), Edit.by("test", "更正")))
                .isInstanceOf(SaveOutcome.Saved.class);
        // Another unit's 2023 report must never be used.
        reports.create(unitOf("qita"), lastYear("演示其他单位", "999.99", "999.99", "999.99", "999.99"), Edit.by("test", "他人"));

        var unit = WebSession.signedIn(port, "tianbao");
        var created = unit.post("/api/v1/reports", Map.of("fiscalYear", 2024));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = WebSession.json(created);
        // 公开01表 4 rows, 公开05表 合计, 公开07表 合计 and 公务接待费, 机关运行经费, 基础数据表 三公经费: 9.
        assertThat(body.get("priorYearFilled").asInt()).isEqualTo(9);
        assertThat(body.get("priorYear").asText()).isEqualTo("已从2023年度报告已公开的第1版（更正尚未公开，按已公开的数带入）带入上年数 9 处。");
        long id = body.get("id").asLong();

        String content = unit.get("/api/v1/reports/" + id).body();
        JsonNode report = json.parseTree(content);
        assertThat(row(report, 0, "income.grand-total").at("/cells/prior").asText()).isEqualTo("120.00");
        assertThat(row(report, 0, "expenditure.total").at("/cells/prior").asText()).isEqualTo("120.00");
        assertThat(row(report, 0, "income.grand-total").at("/cells/amount").isMissingNode()).isTrue();
        assertThat(row(report, 1, "total").at("/cells/prior").asText()).isEqualTo("80.00");
        assertThat(row(report, 2, "reception").at("/cells/prior").asText()).isEqualTo("5.50");
        assertThat(report.at(OPERATING_PRIOR).asText()).isEqualTo("30.00");
        assertThat(report.at("/selfEvaluation/baseData/rows/0/priorActual").asText()).isEqualTo("5.50");
        assertThat(content).doesNotContain("999.99", "130.00");

        // The editor's view of the new report: every field already holds last year's figure.
        JsonNode view = WebSession.json(unit.get("/api/v1/reports/" + id + "/prior-year"));
        assertThat(view.get("fill").asInt()).isZero();
        assertThat(view.get("same").asInt()).isEqualTo(9);
        assertThat(view.at("/source/reportId").asLong()).isEqualTo(last);
        assertThat(view.at("/source/version").asInt()).isEqualTo(1);

        String audit = WebSession.signedIn(port, "admin").get("/api/v1/admin/audit?action=CREATE_REPORT").body();
        assertThat(audit).contains("新建空白报告，从2023年度报告第1版带入上年数 9 处");
    }

    @Test
    void theEditorFillsOnlyEmptyFieldsSavesThemAsEditsAndDraftsWithThem() {
        years.ensure(2023);
        years.ensure(2024);
        long mine = unitOf("tianbao");
        long last = reports.create(mine, lastYear("演示试验单位", "120.00", "80.00", "5.50", "30.00"), Edit.by("test", "2023")).id();
        long lock = reports.current(last).orElseThrow().lockVersion();
        lock = move(last, lock, ReportState.DRAFT, ReportState.SUBMITTED);
        move(last, lock, ReportState.SUBMITTED, ReportState.APPROVED);
        // 2024: the unit typed 118.00 as last year's 总计（收入）; 总计（支出） and 机关运行经费's 上年 are empty.
        long id = reports.create(mine, read("""
                {"formatVersion": "1.0", "header": {"unitName": "演示试验单位", "fiscalYear": 2024, "documents": ["FINAL_ACCOUNTS"]},
                 "finalAccounts": {"tables": [{"kind": "INCOME_EXPENDITURE_SUMMARY", "number": "公开01表", "title": "收入支出决算总表", "rows": [
                   {"key": "income.grand-total", "name": "总计", "cells": {"amount": "132.00", "prior": "118.00"}},
                   {"key": "expenditure.grand-total", "name": "总计", "cells": {"amount": "132.00"}}]}],
                  "disclosures": {"operatingFunds": {"amount": "33.00"}}},
                 "narrative": [{"part": "final-accounts", "numbering": "一、", "heading": "收入支出决算总体情况说明", "level": 1,
                   "paragraphs": [{"text": "主要原因是业务量增加。"}]}]}"""), Edit.by("test", "2024")).id();

        var unit = WebSession.signedIn(port, "tianbao");
        JsonNode view = WebSession.json(unit.get("/api/v1/reports/" + id + "/prior-year"));
        assertThat(view.get("available").asBoolean()).isTrue();
        assertThat(view.at("/source/basis").asText()).isEqualTo("2023年度报告第1版（已审核）");
        JsonNode typed = field(view, GRAND_INCOME);
        assertThat(typed.get("status").asText()).isEqualTo("DIFFERENT");
        assertThat(typed.get("current").asText()).isEqualTo("118.00");
        assertThat(typed.get("value").asText()).isEqualTo("120.00");
        assertThat(typed.get("statusLabel").asText()).isEqualTo("与上年报告不同，保留本报告的数");
        assertThat(field(view, GRAND_EXPENDITURE).get("status").asText()).isEqualTo("FILL");
        assertThat(field(view, OPERATING_PRIOR).get("value").asText()).isEqualTo("30.00");
        // income.total, expenditure.total, 公开05表 合计, 公开07表 合计 and 公务接待费, 基础数据表: this report has no such row.
        assertThat(view.get("noPlace").asInt()).isEqualTo(6);
        assertThat(view.get("fill").asInt()).isEqualTo(2);
        assertThat(view.get("different").asInt()).isEqualTo(1);
        assertThat(view.get("message").asText()).isEqualTo(
                "上年报告：2023年度报告第1版（已审核）。可带入 2 处，与本报告相同 0 处，不同 1 处（保留本报告的数，不覆盖），本报告没有位置 6 处。");

        // What the editor's action sends: the FILL fields as edits. The preview drafts the 情况说明 with them; the typed
        // 118.00 stays: 132.00 − 118.00 = 14.00, 14.00 ÷ 118.00 = 11.86%; 机关运行经费 33.00 − 30.00 = 3.00, 10.00%.
        List<Map<String, String>> edits = new ArrayList<>();
        for (JsonNode f : view.get("fields")) {
            if (f.get("status").asText().equals("FILL")) edits.add(Map.of("pointer", f.get("pointer").asText(), "value", f.get("value").asText()));
        }
        JsonNode before = WebSession.json(unit.get("/api/v1/reports/" + id + "/editor"));
        assertThat(drafted(before, "机关运行经费").get("generated").toString()).doesNotContain("比上年");
        JsonNode preview = WebSession.json(unit.post("/api/v1/reports/" + id + "/preview", Map.of("version", 1, "edits", edits)));
        JsonNode overall = drafted(preview, "收入支出决算总体");
        assertThat(texts(overall.get("generated"))).containsExactly("2024年度收、支总计132.00万元。", "与上年相比，增加14.00万元，增长11.86%。");
        assertThat(texts(overall.get("human"))).containsExactly("主要原因是：业务量增加。");
        assertThat(texts(overall.get("sources"))).containsExactly("/narrative/0");
        assertThat(texts(drafted(preview, "机关运行经费").get("generated")))
                .containsExactly("2024年度机关运行经费支出33.00万元。", "比上年决算数增加3.00万元，增长10.00%。");

        var saved = unit.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", reports.current(id).orElseThrow().lockVersion(),
                "edits", edits, "note", "从上年报告带入上年数"));
        assertThat(saved.statusCode()).isEqualTo(200);
        String audit = WebSession.signedIn(port, "admin").get("/api/v1/admin/audit?action=SAVE_CELL&report=" + id).body();
        assertThat(audit).contains("\"subject\":\"" + OPERATING_PRIOR + "\"", "\"subject\":\"" + GRAND_EXPENDITURE + "\"", "\"after\":\"30.00\"",
                "\"after\":\"120.00\"").doesNotContain("\"subject\":\"" + GRAND_INCOME + "\"");

        JsonNode after = WebSession.json(unit.get("/api/v1/reports/" + id + "/prior-year"));
        assertThat(after.get("fill").asInt()).isZero();
        assertThat(field(after, GRAND_INCOME).get("current").asText()).isEqualTo("118.00");
        assertThat(json.parseTree(unit.get("/api/v1/reports/" + id).body()).at(GRAND_INCOME).asText()).isEqualTo("118.00");

        // The reviewer sees the same; another unit's user gets 404 like for a report that does not exist.
        assertThat(WebSession.json(WebSession.signedIn(port, "shenhe").get("/api/v1/reports/" + id + "/prior-year")).get("different").asInt())
                .isEqualTo(1);
        var other = WebSession.signedIn(port, "qita");
        assertThat(other.get("/api/v1/reports/" + id + "/prior-year").statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/reports/" + id + "/prior-year").body()).doesNotContain("120.00");
    }

    @Test
    void withoutItsOwnReportOfLastYearTheUnitIsToldSoInChinese() {
        years.ensure(2023);
        years.ensure(2024);
        // tianbao's unit has a 2023 report; qita's unit has none, and must not get tianbao's.
        reports.create(unitOf("tianbao"), lastYear("演示试验单位", "120.00", "80.00", "5.50", "30.00"), Edit.by("test", "2023"));
        var other = WebSession.signedIn(port, "qita");
        var created = other.post("/api/v1/reports", Map.of("fiscalYear", 2024));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = WebSession.json(created);
        assertThat(body.get("priorYearFilled").asInt()).isZero();
        assertThat(body.get("priorYear").asText()).isEqualTo("本单位没有2023年度的报告，无法从上年报告带入上年数；请按2023年度决算手工填写上年数。");
        long id = body.get("id").asLong();
        String content = other.get("/api/v1/reports/" + id).body();
        assertThat(content).doesNotContain("finalAccounts", "120.00");

        JsonNode view = WebSession.json(other.get("/api/v1/reports/" + id + "/prior-year"));
        assertThat(view.get("available").asBoolean()).isFalse();
        assertThat(view.get("source").isNull()).isTrue();
        assertThat(view.get("fields")).isEmpty();
        assertThat(view.get("message").asText()).isEqualTo("本单位没有2023年度的报告，无法从上年报告带入上年数；请按2023年度决算手工填写上年数。");

        // The demo report of 2021: nobody has a 2020 report.
        var unit = WebSession.signedIn(port, "tianbao");
        String demo = unit.get("/api/v1/reports?year=2021").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        assertThat(WebSession.json(unit.get("/api/v1/reports/" + demo + "/prior-year")).get("message").asText()).startsWith("本单位没有2020年度的报告");
    }

    // ---- helpers ----

    /** A small report of 2023 with each kind of prior-year source: 公开01/05/07表, 机关运行经费, 基础数据表. */
    Report lastYear(String unit, String grandTotal, String general, String three, String operating) {
        return read("""
                {"formatVersion": "1.0", "header": {"unitName": "%s", "fiscalYear": 2023, "documents": ["FINAL_ACCOUNTS", "SELF_EVALUATION"]},
                 "finalAccounts": {"tables": [
                   {"kind": "INCOME_EXPENDITURE_SUMMARY", "number": "公开01表", "title": "收入支出决算总表", "unitLabel": "万元", "rows": [
                     {"key": "income.total", "name": "本年收入合计", "cells": {"amount": "120.00"}},
                     {"key": "expenditure.total", "name": "本年支出合计", "cells": {"amount": "120.00"}},
                     {"key": "income.grand-total", "name": "总计", "cells": {"amount": "%s"}},
                     {"key": "expenditure.grand-total", "name": "总计", "cells": {"amount": "%s"}}]},
                   {"kind": "GENERAL_BUDGET_EXPENDITURE", "number": "公开05表", "title": "一般公共预算财政拨款支出决算表", "rows": [
                     {"key": "total", "name": "合计", "cells": {"total": "%s"}}]},
                   {"kind": "THREE_PUBLIC_COSTS", "number": "公开07表", "title": "“三公”经费支出决算表", "rows": [
                     {"key": "total", "name": "合计", "cells": {"budget": "6.00", "actual": "%s"}},
                     {"key": "reception", "name": "公务接待费", "cells": {"budget": "6.00", "actual": "%s"}}]}],
                  "disclosures": {"operatingFunds": {"amount": "%s"}}},
                 "selfEvaluation": {"baseData": {"rows": [{"key": "three-public", "label": "三公经费", "currentActual": "%s"}]}}}"""
                .formatted(unit, grandTotal, grandTotal, general, three, three, operating, three));
    }

    Report read(String text) {
        return json.read(text);
    }

    long unitOf(String username) {
        return ((Scope.OfUnit) accounts.byUsername(username).orElseThrow().scope()).unitId();
    }

    long move(long id, long lock, ReportState from, ReportState to) {
        TransitionOutcome outcome = reports.transition(id, lock, from, to);
        assertThat(outcome).isInstanceOf(TransitionOutcome.Moved.class);
        return ((TransitionOutcome.Moved) outcome).lockVersion();
    }

    static JsonNode row(JsonNode report, int table, String key) {
        for (JsonNode row : report.at("/finalAccounts/tables/" + table + "/rows")) if (row.get("key").asText().equals(key)) return row;
        throw new AssertionError("no row " + key + " in table " + table);
    }

    static JsonNode field(JsonNode view, String pointer) {
        for (JsonNode f : view.get("fields")) if (pointer.equals(f.path("pointer").asText())) return f;
        throw new AssertionError("no field " + pointer + " in " + view);
    }

    static JsonNode drafted(JsonNode editorOrPreview, String heading) {
        for (JsonNode p : editorOrPreview.get("drafted")) if (p.get("headings").get(0).asText().contains(heading)) return p;
        throw new AssertionError("no drafted paragraph under " + heading + " in " + editorOrPreview.get("drafted"));
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
