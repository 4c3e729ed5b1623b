package org.jixiao.server.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.jixiao.rules.CheckResult;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.Severity;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.Reports;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The home page: a plain Chinese HTML list of the stored reports. */
@Controller
class HomePage {

    private final Reports reports;
    private final RuleEngine engine;

    HomePage(Reports reports, RuleEngine engine) {
        this.reports = reports;
        this.engine = engine;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String home() {
        var html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="UTF-8"><title>绩效 · 部门决算与绩效自评</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .8em}</style>
                </head>
                <body>
                <h1>部门决算与绩效自评</h1>
                """);
        var list = reports.list();
        if (list.isEmpty()) {
            html.append("<p>暂无报告。</p>\n");
        } else {
            html.append("<table>\n<tr><th>单位</th><th>年度</th><th>状态</th><th>版本</th><th>核查（错误/警告/提示）</th><th>数据</th></tr>\n");
            for (ReportSummary r : list) {
                html.append("<tr><td>").append(htmlEscape(r.unitName())).append("</td><td>").append(r.fiscalYear())
                        .append("</td><td>").append(r.state().label()).append("</td><td>第").append(r.version())
                        .append("版</td><td>").append(checkSummary(r.id()))
                        .append("</td><td><a href=\"/api/v1/reports/").append(r.id()).append("\">JSON</a> · <a href=\"/api/v1/reports/")
                        .append(r.id()).append("/findings\">核查结果</a></td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<p><a href=\"/api/v1/reports\">报告列表（JSON）</a> · <a href=\"/actuator/health\">运行状态</a></p>\n</body>\n</html>\n");
        return html.toString();
    }

    private String checkSummary(long id) {
        return reports.current(id).map(snapshot -> {
            CheckResult result = engine.check(snapshot.report());
            return result.count(Severity.ERROR) + " / " + result.count(Severity.WARNING) + " / " + result.count(Severity.INFO);
        }).orElse("—");
    }
}
