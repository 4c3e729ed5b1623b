package org.jixiao.server.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.rendering.OfficialDocuments;
import org.jixiao.rendering.RenderFormat;
import org.jixiao.rendering.RenderingException;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.units.Units;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The public site over real HTTP: a report published through the workflow API has its page, charts data,
 * documents (PDF, DOCX, XLSX, HTML), open data and JSON; nothing unpublished is public; a report reopened for
 * correction keeps serving its published version until the correction is published with its 更正说明; and what
 * users typed (unit name, narrative, uploaded file name) is shown as text, never run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // each test starts from the demo report's version 1
class PublicSiteIntegrationTests {

    static final String UNIT = "演示试验单位";
    static final String TOTAL = "/finalAccounts/tables/0/rows/0/cells/total";
    static final String PROJECT = "/finalAccounts/tables/0/rows/0/cells/project";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    @LocalServerPort int port;
    @Autowired Reports reports;
    @Autowired Units units;
    @Autowired ReportJson reportJson;
    @Autowired DocumentCache cache;

    final HttpClient http = HttpClient.newHttpClient();

    /**
     * Whether this machine can render PDFs: the Chinese TrueType font is a system package. Without it the PDF
     * checks are left out (the download answers 503); CI passes -Djixiao.test.requireCjkFont=true and fails.
     */
    static boolean pdfs;

    @BeforeAll
    static void font() throws Exception {
        try (var in = PublicSiteIntegrationTests.class.getResourceAsStream("/demo-test/100-shiyan-2021.json")) {
            new OfficialDocuments().render(new ReportJson().read(in), RenderFormat.PDF);
            pdfs = true;
        } catch (RenderingException e) {
            if (Boolean.getBoolean("jixiao.test.requireCjkFont")) throw e;
            System.err.println("PDF checks left out: " + e.getMessage());
        }
    }

    @Test
    void aPublishedReportHasItsPageChartsDocumentsOpenDataAndJson() throws Exception {
        var unit = WebSession.signedIn(port, "tianbao");
        var reviewer = WebSession.signedIn(port, "shenhe");
        var anyone = new WebSession(port);
        String id = reportId(unit);
        publish(unit, reviewer, id);

        var list = anyone.get("/public");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(UNIT, "/public/reports/" + id, "演示区", "/open-data/districts/demo.csv");
        assertThat(anyone.get("/public?district=demo&year=2021").body()).contains(UNIT);
        assertThat(anyone.get("/public?year=2020").body()).contains("没有符合条件的已公开报告").doesNotContain("/public/reports/" + id + "\"");
        assertThat(anyone.get("/public?district=nowhere").body()).contains("没有符合条件的已公开报告");

        var page = anyone.get("/public/reports/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(UNIT, "2021", "支出决算表", "公开03表", "100.00", "60.00", "40.00", "第1版",
                "/public/reports/" + id + "/document.pdf", "/open-data/reports/" + id + ".csv",
                "data-charts=\"/api/v1/public/reports/" + id + "/charts\"", "/js/public-report.js")
                .containsPattern("<script src=\"/webjars/echarts/[0-9.]*/?dist/echarts.min.js\"></script>");
        assertThat(page.body()).doesNotContain("更正说明");
        assertNoInlineScript(page.body());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(anyone.get("/webjars/echarts/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(anyone.get("/js/public-report.js").statusCode()).isEqualTo(200);

        String chartsJson = anyone.get("/api/v1/public/reports/" + id + "/charts").body();
        JsonNode charts = WebSession.json(anyone.get("/api/v1/public/reports/" + id + "/charts"));
        assertThat(chartsJson).contains("{\"name\":\"基本支出\",\"value\":60.00}", "{\"name\":\"项目支出\",\"value\":40.00}");
        assertThat(charts.at("/fiscalYear").asInt()).isEqualTo(2021);

        if (pdfs) {
            var pdf = bytes("/public/reports/" + id + "/document.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
            String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
            assertThat(disposition).startsWith("inline; filename=\"report-" + id + "-published.pdf\"; filename*=UTF-8''2021-")
                    .contains(Downloads.rfc5987(UNIT)).endsWith(".pdf");
            assertThat(pdf.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (var doc = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(doc)).contains(UNIT, "100.00");
            }
            String etag = pdf.headers().firstValue("ETag").orElse("");
            assertThat(etag).isEqualTo("\"" + id + "-1-pdf\"");
            var notModified = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/reports/" + id + "/document.pdf"))
                    .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(notModified.statusCode()).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
            long renders = cache.renders();
            assertThat(bytes("/public/reports/" + id + "/document.pdf").body()).isEqualTo(pdf.body());
            assertThat(cache.renders()).as("the second download comes from the cache").isEqualTo(renders);
        } else {
            var unavailable = anyone.get("/public/reports/" + id + "/document.pdf");
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.body()).contains("暂时无法提供", "暂时无法生成PDF文档", "字体");
        }
        var docx = bytes("/public/reports/" + id + "/document.docx");
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).isEqualTo(Downloads.DOCX.toString());
        assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=\"report-" + id);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.body())); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(UNIT);
        }
        var xlsx = bytes("/public/reports/" + id + "/document.xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).isEqualTo(Downloads.XLSX.toString());
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getNumberOfSheets()).isPositive();
        }
        var html = anyone.get("/public/reports/" + id + "/document.html");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains(UNIT, "100.00");
        assertThat(anyone.get("/public/reports/" + id + "/document.exe").statusCode()).isEqualTo(404);

        var csv = bytes("/open-data/reports/" + id + ".csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).isEqualTo("attachment; filename=\"report-" + id
                + ".csv\"; filename*=UTF-8''" + Downloads.rfc5987("2021-" + UNIT + "-部门决算公开数据.csv"));
        assertThat(csv.body()[0] & 0xff).as("UTF-8 byte-order mark").isEqualTo(0xEF);
        String csvText = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        assertThat(csvText.lines().toList()).containsExactly(
                "table_number,table_title,row_key,row_name,column_key,column_name,value,amount,unit",
                "公开03表,支出决算表,total,合计,total,本年支出合计,100.00,100.00,万元",
                "公开03表,支出决算表,total,合计,basic,基本支出,60.00,60.00,万元",
                "公开03表,支出决算表,total,合计,project,项目支出,40.00,40.00,万元");
        assertThat(csvText).contains("\r\n");

        JsonNode pack = WebSession.json(anyone.get("/open-data/reports/" + id + "/datapackage.json"));
        assertThat(pack.get("name").asText()).isEqualTo("jixiao-report-" + id);
        assertThat(pack.get("title").asText()).contains(UNIT, "2021");
        assertThat(pack.at("/licenses/0/name").asText()).isEqualTo("CC-BY-4.0");
        assertThat(pack.at("/resources/0/path").asText()).isEqualTo(anyone.base() + "/open-data/reports/" + id + ".csv");
        assertThat(pack.at("/resources/0/schema/fields").findValuesAsText("name"))
                .containsExactly("table_number", "table_title", "row_key", "row_name", "column_key", "column_name", "value", "amount", "unit");
        assertThat(pack.at("/resources/0/schema/fields/7/type").asText()).isEqualTo("number");

        String district = new String(bytes("/open-data/districts/demo.csv").body(), StandardCharsets.UTF_8);
        assertThat(district).startsWith("\uFEFFreport_id,fiscal_year,unit_code,unit_name,published_version,table_number")
                .contains(id + ",2021,", UNIT + ",1,公开03表,支出决算表,total,合计,basic,基本支出,60.00,60.00,万元");
        JsonNode districtPack = WebSession.json(anyone.get("/open-data/districts/demo/datapackage.json"));
        assertThat(districtPack.get("name").asText()).isEqualTo("jixiao-district-demo");
        assertThat(districtPack.at("/resources/0/schema/fields/0/name").asText()).isEqualTo("report_id");
        assertThat(anyone.get("/open-data/districts/nowhere.csv").statusCode()).isEqualTo(404);

        JsonNode api = WebSession.json(anyone.get("/api/v1/public/reports"));
        assertThat(api.findValuesAsText("unitName")).contains(UNIT);
        assertThat(api.get(0).get("districtCode").asText()).isEqualTo("demo");
        assertThat(WebSession.json(anyone.get("/api/v1/public/reports/" + id)).at("/header/unitName").asText()).isEqualTo(UNIT);

        // Staff download the current version at /reports/{id}/document.{fmt}; others may not.
        var staffHtml = unit.get("/reports/" + id + "/document.html");
        assertThat(staffHtml.statusCode()).isEqualTo(200);
        assertThat(staffHtml.headers().firstValue("Content-Disposition").orElse("")).contains("report-" + id + "-current.html");
        assertThat(anyone.get("/reports/" + id + "/document.html").statusCode()).isEqualTo(302);
        assertThat(WebSession.signedIn(port, "qita").get("/reports/" + id + "/document.html").statusCode()).isEqualTo(404);
    }

    @Test
    void nothingUnpublishedIsPublic() {
        var unit = WebSession.signedIn(port, "tianbao");
        var reviewer = WebSession.signedIn(port, "shenhe");
        var anyone = new WebSession(port);
        String id = reportId(unit);
        String base = "/api/v1/reports/" + id;

        assertNothingPublic(anyone, id, "草稿");
        long lock = WebSession.json(unit.get(base + "/editor")).get("lockVersion").asLong();
        var submitted = WebSession.json(unit.post(base + "/submit", Map.of("lockVersion", lock)));
        assertThat(submitted.get("state").asText()).isEqualTo("SUBMITTED");
        assertNothingPublic(anyone, id, "已提交");
        var approved = WebSession.json(reviewer.post(base + "/approve", Map.of("lockVersion", submitted.get("lockVersion").asLong())));
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertNothingPublic(anyone, id, "已审核未公开");
        // Signed-in staff see no more on the public URLs than anyone.
        assertNothingPublic(unit, id, "已审核未公开（单位用户）");
    }

    @Test
    void aReportReopenedForCorrectionServesThePublishedVersionUntilTheCorrectionIsPublished() {
        var unit = WebSession.signedIn(port, "tianbao");
        var reviewer = WebSession.signedIn(port, "shenhe");
        var anyone = new WebSession(port);
        String id = reportId(unit);
        String base = "/api/v1/reports/" + id;
        JsonNode published = publish(unit, reviewer, id);
        String pdfBefore = pdfs ? pdfText(id) : "";

        var reopened = WebSession.json(unit.post(base + "/reopen", Map.of("lockVersion", published.get("lockVersion").asLong(), "reason", "更正项目支出")));
        assertThat(reopened.get("state").asText()).isEqualTo("DRAFT");
        var saved = WebSession.json(unit.put(base + "/content", Map.of("lockVersion", reopened.get("lockVersion").asLong(),
                "edits", List.of(edit(TOTAL, "101.00"), edit(PROJECT, "41.00")), "note", "更正")));
        assertThat(saved.get("version").asInt()).isEqualTo(2);

        // Everything public still shows version 1 (40.00), nothing of the draft (41.00).
        assertThat(anyone.get("/public/reports/" + id).body()).contains("第1版", "40.00").doesNotContain("41.00", "101.00", "更正说明");
        assertThat(anyone.get("/public/reports/" + id + "/document.html").body()).contains("40.00").doesNotContain("41.00");
        if (pdfs) assertThat(pdfText(id)).isEqualTo(pdfBefore).doesNotContain("41.00");
        assertThat(new String(bytes("/public/reports/" + id + "/document.docx").body(), StandardCharsets.ISO_8859_1)).isNotEmpty();
        assertThat(anyone.get("/open-data/reports/" + id + ".csv").body()).contains("项目支出,40.00").doesNotContain("41.00");
        assertThat(anyone.get("/open-data/districts/demo.csv").body()).contains("项目支出,40.00").doesNotContain("41.00");
        assertThat(anyone.get("/api/v1/public/reports/" + id).body()).contains("40.00").doesNotContain("41.00");
        assertThat(anyone.get("/api/v1/public/reports/" + id + "/charts").body()).contains("40.00").doesNotContain("41.00");
        assertThat(anyone.get("/api/v1/public/reports").body()).contains("\"publishedVersion\":1");
        assertThat(anyone.get("/public").body()).contains(UNIT, "第1版");
        // Staff see their current draft at the staff URL.
        assertThat(unit.get("/reports/" + id + "/document.html").body()).contains("41.00");

        var submitted = WebSession.json(unit.post(base + "/submit", Map.of("lockVersion", saved.get("lockVersion").asLong())));
        var approved = WebSession.json(reviewer.post(base + "/approve", Map.of("lockVersion", submitted.get("lockVersion").asLong())));
        assertThat(anyone.get("/public/reports/" + id).body()).doesNotContain("41.00");
        var republished = WebSession.json(reviewer.post(base + "/publish", Map.of("lockVersion", approved.get("lockVersion").asLong())));
        assertThat(republished.get("state").asText()).isEqualTo("PUBLISHED");

        var page = anyone.get("/public/reports/" + id).body();
        assertThat(page).contains("更正说明", "第2版", "41.00", "101.00");
        String correction = page.substring(page.indexOf("id=\"correction\""), page.indexOf("id=\"downloads\""));
        assertThat(correction).contains("公开03表 · 合计", "40.00", "41.00", "100.00", "101.00");
        if (pdfs) assertThat(pdfText(id)).contains("41.00").doesNotContain("40.00");
        assertThat(bytes("/public/reports/" + id + "/document.docx").headers().firstValue("ETag")).contains("\"" + id + "-2-docx\"");
        assertThat(anyone.get("/open-data/reports/" + id + ".csv").body()).contains("项目支出,41.00");
    }

    @Test
    void whatUsersTypedIsShownAsTextOnThePublicPagesAndInCsv() throws Exception {
        var unit = WebSession.signedIn(port, "tianbao");
        var reviewer = WebSession.signedIn(port, "shenhe");
        var anyone = new WebSession(port);
        String id = reportId(unit);
        long reportId = Long.parseLong(id);
        String hostile = SCRIPT + IMG;

        // The uploaded file's name: a document rendered from the report itself, imported under a hostile name
        // (without a double quote, which browsers send as %22 in a multipart file name).
        byte[] docx = new OfficialDocuments().render(reports.version(reportId, 1).orElseThrow(), RenderFormat.DOCX);
        String boundary = "----jixiao" + UUID.randomUUID();
        long lock = WebSession.json(unit.get("/api/v1/reports/" + id + "/editor")).get("lockVersion").asLong();
        var imported = unit.send(unit.withCsrf(HttpRequest.newBuilder(URI.create(unit.base() + "/api/v1/reports/" + id + "/import")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, SCRIPT + "<img src=x onerror=alert(1)>.docx", docx, lock))).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        // The unit's name in the register and in the report, and a narrative paragraph, as a user could type them;
        // a row name that a spreadsheet would run as a formula.
        var snapshot = reports.current(reportId).orElseThrow();
        assertThat(units.rename(snapshot.unitId(), hostile)).isTrue();
        ObjectNode tree = (ObjectNode) reportJson.tree(snapshot.report());
        ((ObjectNode) tree.get("header")).put("unitName", hostile);
        ((ObjectNode) tree.at("/finalAccounts/tables/0/rows/0")).put("name", "=HYPERLINK(\"http://x\",\"合计\")");
        ArrayNode narrative = tree.putArray("narrative");
        ObjectNode section = narrative.addObject().put("part", "profile").put("level", 1).put("heading", "单位职责" + SCRIPT);
        section.putArray("paragraphs").addObject().put("text", "本单位的职责是" + IMG + "和" + SCRIPT + "。");
        var outcome = reports.save(reportId, snapshot.lockVersion(), reportJson.read(tree.toString()), Edit.by("tianbao", "测试：用户输入"));
        assertThat(outcome.toString()).doesNotContain("Conflict");
        publish(unit, reviewer, id);

        List<String> pages = new ArrayList<>();
        for (String path : List.of("/public", "/public/reports/" + id, "/public/reports/" + id + "/document.html", "/")) {
            var response = anyone.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            pages.add(response.body());
            assertThat(response.body()).as(path).doesNotContain("<script>alert", "<img src=x", "onerror=alert(1)>");
        }
        assertThat(pages.get(0)).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        String page = pages.get(1);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "本单位的职责是", "src=x onerror=alert(1)&gt;");
        assertNoInlineScript(page);
        // The file name lost what a path would make of it ("…</" is a folder) and is shown as text.
        String source = page.substring(page.indexOf("id=\"source-file\""));
        assertThat(source.substring(0, source.indexOf("</dd>"))).contains("script&gt;&lt;img src=x onerror=alert(1)&gt;.docx");

        String csv = anyone.get("/open-data/districts/demo.csv").body();
        // Version 3: the import made version 2, the save above version 3.
        assertThat(csv).contains(",\"" + SCRIPT + "\"\"><img src=x onerror=alert(1)>\",3,公开03表,支出决算表,total,"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"合计\"\")\",basic,基本支出,60.00,60.00,万元");
        assertThat(anyone.get("/open-data/reports/" + id + ".csv").body()).contains("\"'=HYPERLINK(").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        JsonNode pack = WebSession.json(anyone.get("/open-data/reports/" + id + "/datapackage.json"));
        assertThat(pack.get("title").asText()).contains(hostile);
        assertThat(anyone.get("/open-data/reports/" + id + "/datapackage.json").headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/json");
        if (pdfs) assertThat(pdfText(id)).contains("本单位的职责是");
    }

    // --- helpers ---

    static String reportId(WebSession unit) {
        return unit.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
    }

    /** Submits (unit), approves and publishes (reviewer) the current version; the publish answer. */
    static JsonNode publish(WebSession unit, WebSession reviewer, String id) {
        String base = "/api/v1/reports/" + id;
        long lock = WebSession.json(unit.get(base + "/editor")).get("lockVersion").asLong();
        var submitted = WebSession.json(unit.post(base + "/submit", Map.of("lockVersion", lock)));
        assertThat(submitted.path("state").asText()).as(submitted.toString()).isEqualTo("SUBMITTED");
        var approved = WebSession.json(reviewer.post(base + "/approve", Map.of("lockVersion", submitted.get("lockVersion").asLong())));
        var published = WebSession.json(reviewer.post(base + "/publish", Map.of("lockVersion", approved.get("lockVersion").asLong())));
        assertThat(published.path("state").asText()).as(published.toString()).isEqualTo("PUBLISHED");
        return published;
    }

    void assertNothingPublic(WebSession who, String id, String state) {
        for (String path : List.of("/public/reports/" + id, "/public/reports/" + id + "/document.pdf", "/public/reports/" + id + "/document.docx",
                "/public/reports/" + id + "/document.xlsx", "/public/reports/" + id + "/document.html", "/open-data/reports/" + id + ".csv",
                "/open-data/reports/" + id + "/datapackage.json", "/api/v1/public/reports/" + id, "/api/v1/public/reports/" + id + "/charts")) {
            var response = who.get(path);
            assertThat(response.statusCode()).as(state + ": " + path).isEqualTo(404);
            assertThat(response.body()).as(state + ": " + path).doesNotContain("60.00");
        }
        assertThat(who.get("/public").body()).as(state).doesNotContain(UNIT);
        assertThat(who.get("/api/v1/public/reports").body()).as(state).isEqualTo("[]");
        assertThat(who.get("/open-data/districts/demo.csv").body().lines().count()).as(state).isEqualTo(1);
    }

    static void assertNoInlineScript(String html) {
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=\"");
    }

    String pdfText(String id) {
        try (var doc = Loader.loadPDF(bytes("/public/reports/" + id + "/document.pdf").body())) {
            return new PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    static byte[] multipart(String boundary, String fileName, byte[] content, long lockVersion) {
        var out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lockVersion\"\r\n\r\n" + lockVersion + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "%22") + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Map<String, String> edit(String pointer, String value) {
        return Map.of("pointer", pointer, "value", value);
    }
}
