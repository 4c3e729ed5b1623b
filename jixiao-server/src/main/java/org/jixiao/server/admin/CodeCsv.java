package org.jixiao.server.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.codes.Scheme;

/**
 * Reads a code-list CSV: one code a line, {@code 编码,名称} or {@code 编码,名称,级次,上级编码} — the format of the lists
 * shipped in jixiao-core ({@code codes/<year>/*.csv}), so those files import as they are. Lines starting with
 * {@code #} are comments; {@code # source: …} (or {@code # 来源：…}) names where the list comes from. An optional header
 * line ({@code code,name} or {@code 编码,名称,…}); UTF-8 with or without a byte-order mark, or GB18030; fields may be
 * quoted with {@code "}. The level and the parent follow from the code (类 3 digits, 款 5, 项 7; the parent is the code
 * without its last two digits); where the file gives them, they must agree. What the codes mean against the stored
 * list (a parent that exists) is checked by {@link CodeListAdministration}.
 */
final class CodeCsv {

    static final int MAX_NAME = 300;

    /** One code as written, with its line number in the file (1-based). */
    record Line(int number, String code, String name) {}

    /** The codes read, or the problems found (one Chinese sentence per problem, naming the line), the encoding, the source. */
    record Parsed(List<Line> lines, List<String> problems, String charset, String source) {}

    private CodeCsv() {
    }

    static Parsed parse(byte[] bytes, Scheme scheme) {
        UnitCsv.Decoded decoded = UnitCsv.decode(bytes);
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String source = null;
        boolean dataSeen = false;
        String[] raw = decoded.text().split("\r\n|\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            String line = raw[i];
            if (line.isBlank()) continue;
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                String comment = stripped.substring(1).strip();
                for (String label : new String[] {"source:", "source：", "来源:", "来源："}) {
                    if (comment.toLowerCase(java.util.Locale.ROOT).startsWith(label)) source = comment.substring(label.length()).strip();
                }
                continue;
            }
            String at = "第" + number + "行：";
            List<String> fields;
            try {
                fields = UnitCsv.fields(line);
            } catch (IllegalArgumentException e) {
                problems.add(at + e.getMessage());
                dataSeen = true;
                continue;
            }
            String first = fields.get(0).strip();
            if (!dataSeen && (first.equalsIgnoreCase("code") || first.equals("编码"))) {
                dataSeen = true;
                continue; // the header
            }
            dataSeen = true;
            if (fields.size() != 2 && fields.size() != 4) {
                problems.add(at + "应有2或4列（编码,名称[,级次,上级编码]），实有" + fields.size() + "列；请按此格式改正，名称中含英文逗号时请用英文双引号括起。");
                continue;
            }
            String code = first;
            String name = fields.get(1).strip();
            String codeProblem = codeProblem(code, scheme);
            if (codeProblem != null) {
                problems.add(at + codeProblem);
                continue;
            }
            int before = problems.size();
            String nameProblem = nameProblem(name);
            if (nameProblem != null) problems.add(at + nameProblem);
            if (fields.size() == 4) {
                String level = fields.get(2).strip();
                String parent = fields.get(3).strip();
                if (!level.isEmpty() && !level.equals(String.valueOf(level(code)))) {
                    problems.add(at + "级次“" + level + "”与编码" + code + "不符：" + code.length() + "位编码是" + levelName(level(code)) + "（级次 " + level(code)
                            + "）；请改正或把级次留空。");
                }
                String expected = parent(code);
                if (!parent.isEmpty() && !parent.equals(expected)) {
                    problems.add(at + "上级编码“" + parent + "”与编码" + code + "不符：" + (expected == null ? "类级编码没有上级" : "上级应为 " + expected)
                            + "；请改正或把上级编码留空。");
                }
            }
            Integer earlier = seen.putIfAbsent(code, number);
            if (earlier != null) {
                problems.add(at + "编码 " + code + " 与第" + earlier + "行重复，请删去重复的行。");
                continue;
            }
            if (problems.size() == before) lines.add(new Line(number, code, name));
        }
        if (lines.isEmpty() && problems.isEmpty()) problems.add("文件中没有编码：请每行写一个编码（编码,名称），例如 2010101,行政运行。");
        return new Parsed(lines, problems, decoded.charset(), source);
    }

    /** Why {@code code} cannot be a code of the scheme, or null when it can. */
    static String codeProblem(String code, Scheme scheme) {
        boolean digits = !code.isEmpty() && code.chars().allMatch(c -> c >= '0' && c <= '9');
        if (scheme == Scheme.ECONOMIC) {
            if (!digits || (code.length() != 3 && code.length() != 5)) {
                return "编码“" + code + "”无效：" + scheme.label() + "的编码应为3位（类）或5位（款）数字，请改正。";
            }
        } else if (!digits || (code.length() != 3 && code.length() != 5 && code.length() != 7)) {
            return "编码“" + code + "”无效：" + scheme.label() + "的编码应为3位（类）、5位（款）或7位（项）数字，请改正。";
        }
        return null;
    }

    /** Why {@code name} cannot be a code's name, or null when it can. */
    static String nameProblem(String name) {
        if (name.isEmpty()) return "名称为空，请填写科目名称。";
        if (name.length() > MAX_NAME) return "名称超过" + MAX_NAME + "字，请缩短。";
        if (name.chars().anyMatch(Character::isISOControl)) return "名称含有控制字符，请删去。";
        return null;
    }

    /** 1 类, 2 款, 3 项, by the code's length. */
    static int level(String code) {
        return code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3;
    }

    /** The code without its last two digits; null for a 类. */
    static String parent(String code) {
        return code.length() == 3 ? null : code.substring(0, code.length() - 2);
    }

    static String levelName(int level) {
        return level == 1 ? "类级" : level == 2 ? "款级" : "项级";
    }
}
