package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.rules.Finding;
import org.jixiao.rules.Severity;

/** Writes the outcomes of {@code check} as Chinese text, JSON or CSV. */
final class FindingsWriter {

    private FindingsWriter() {
    }

    static void text(List<FileOutcome> outcomes, PrintWriter out) {
        long[] totals = new long[3];
        int unreadable = 0;
        for (FileOutcome o : outcomes) {
            if (!o.readable()) {
                unreadable++;
                out.println("== " + o.file() + " 无法读取：" + o.error());
                continue;
            }
            out.println("== " + o.file() + "（规则集 " + o.result().ruleSetVersion() + "）");
            for (Finding f : o.shown()) {
                String where = f.location() == null ? "" : f.location().describe();
                out.println("[" + f.severity().label() + "] " + f.rule() + " " + where + "：" + f.message());
            }
            long e = o.result().count(Severity.ERROR), w = o.result().count(Severity.WARNING), i = o.result().count(Severity.INFO);
            totals[0] += e;
            totals[1] += w;
            totals[2] += i;
            out.println("小结：错误 " + e + " 条，警告 " + w + " 条，提示 " + i + " 条" + (o.shown().size() < e + w + i ? "（按最低级别显示 " + o.shown().size() + " 条）" : ""));
        }
        out.println("合计：" + outcomes.size() + " 个文件" + (unreadable > 0 ? "（" + unreadable + " 个无法读取）" : "") + "，错误 " + totals[0] + " 条，警告 "
                + totals[1] + " 条，提示 " + totals[2] + " 条");
        out.flush();
    }

    static void json(List<FileOutcome> outcomes, PrintWriter out) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileOutcome o : outcomes) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", o.file());
            file.put("status", o.readable() ? "ok" : "unreadable");
            if (!o.readable()) {
                file.put("error", o.error());
            } else {
                file.put("ruleSet", o.result().ruleSetVersion());
                List<Map<String, Object>> findings = new ArrayList<>();
                for (Finding f : o.shown()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rule", f.rule());
                    m.put("severity", f.severity().name());
                    m.put("message", f.message());
                    m.put("location", f.location() == null ? "" : f.location().describe());
                    m.put("stated", f.stated());
                    m.put("expected", f.expected());
                    m.put("formula", f.formula());
                    if (!f.alsoBy().isEmpty()) m.put("alsoBy", f.alsoBy());
                    findings.add(m);
                }
                file.put("findings", findings);
            }
            files.add(file);
        }
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("files", files)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    static void csv(List<FileOutcome> outcomes, PrintWriter out) {
        out.println("file,status,ruleSet,rule,severity,location,stated,expected,formula,message,error");
        for (FileOutcome o : outcomes) {
            if (!o.readable()) {
                out.println(row(o.file(), "unreadable", "", "", "", "", "", "", "", "", o.error()));
                continue;
            }
            for (Finding f : o.shown()) {
                out.println(row(o.file(), "ok", o.result().ruleSetVersion(), f.rule(), f.severity().name(),
                        f.location() == null ? "" : f.location().describe(), f.stated(), f.expected(), f.formula(), f.message(), ""));
            }
        }
        out.flush();
    }

    private static String row(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            String v = c == null ? "" : c;
            quoted.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", quoted);
    }
}
