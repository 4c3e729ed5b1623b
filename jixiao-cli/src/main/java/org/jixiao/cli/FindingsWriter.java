package org.jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.rules.Finding;
import org.jixiao.rules.Severity;

/**
 * Writes the outcomes of {@code check} as Chinese text, JSON or CSV, one file at a time: {@link #begin()},
 * {@link #write(FileOutcome)} per file in order, {@link #end()}. Nothing but the running totals is kept, so a
 * bulk check prints each file as soon as it is checked and holds no report in memory; the output is the same as
 * writing the whole list at once.
 */
abstract class FindingsWriter {

    protected final PrintWriter out;

    private FindingsWriter(PrintWriter out) {
        this.out = out;
    }

    /** The writer of a format. */
    static FindingsWriter of(CheckCommand.Format format, PrintWriter out) {
        return switch (format) {
            case json -> new Json(out);
            case csv -> new Csv(out);
            default -> new Text(out);
        };
    }

    abstract void begin();

    /** Writes one file's outcome and flushes, so the file's lines are out before the next file is checked. */
    abstract void write(FileOutcome outcome);

    abstract void end();

    static void text(List<FileOutcome> outcomes, PrintWriter out) {
        writeAll(new Text(out), outcomes);
    }

    static void json(List<FileOutcome> outcomes, PrintWriter out) {
        writeAll(new Json(out), outcomes);
    }

    static void csv(List<FileOutcome> outcomes, PrintWriter out) {
        writeAll(new Csv(out), outcomes);
    }

    private static void writeAll(FindingsWriter writer, List<FileOutcome> outcomes) {
        writer.begin();
        outcomes.forEach(writer::write);
        writer.end();
    }

    /** Chinese text: a block per file, a summary line per file and a total at the end. */
    private static final class Text extends FindingsWriter {
        private final long[] totals = new long[3];
        private int files;
        private int unreadable;

        Text(PrintWriter out) {
            super(out);
        }

        @Override
        void begin() {
        }

        @Override
        void write(FileOutcome o) {
            files++;
            if (!o.readable()) {
                unreadable++;
                out.println("== " + o.file() + " 无法读取：" + o.error());
                out.flush();
                return;
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
            out.flush();
        }

        @Override
        void end() {
            out.println("合计：" + files + " 个文件" + (unreadable > 0 ? "（" + unreadable + " 个无法读取）" : "") + "，错误 " + totals[0] + " 条，警告 "
                    + totals[1] + " 条，提示 " + totals[2] + " 条");
            out.flush();
        }
    }

    /**
     * {@code {"files": [...]}}, indented by Jackson's default pretty printer; written through one generator, so the
     * bytes are those of serialising the whole list at once.
     */
    private static final class Json extends FindingsWriter {
        private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        private final JsonGenerator generator;

        Json(PrintWriter out) {
            super(out);
            try {
                generator = mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void begin() {
            try {
                generator.writeStartObject();
                generator.writeFieldName("files");
                generator.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void write(FileOutcome o) {
            try {
                mapper.writeValue(generator, fileMap(o));
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void end() {
            try {
                generator.writeEndArray();
                generator.writeEndObject();
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
        }

        private static Map<String, Object> fileMap(FileOutcome o) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", o.file());
            file.put("status", o.readable() ? "ok" : "unreadable");
            if (!o.readable()) {
                file.put("error", o.error());
                return file;
            }
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
            return file;
        }
    }

    /** One row per shown finding, one row per unreadable file, after a header row. */
    private static final class Csv extends FindingsWriter {
        Csv(PrintWriter out) {
            super(out);
        }

        @Override
        void begin() {
            out.println("file,status,ruleSet,rule,severity,location,stated,expected,formula,message,error");
        }

        @Override
        void write(FileOutcome o) {
            if (!o.readable()) {
                out.println(row(o.file(), "unreadable", "", "", "", "", "", "", "", "", o.error()));
            } else {
                for (Finding f : o.shown()) {
                    out.println(row(o.file(), "ok", o.result().ruleSetVersion(), f.rule(), f.severity().name(),
                            f.location() == null ? "" : f.location().describe(), f.stated(), f.expected(), f.formula(), f.message(), ""));
                }
            }
            out.flush();
        }

        @Override
        void end() {
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
}
