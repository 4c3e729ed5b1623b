package org.jixiao.server.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a units CSV: columns 单位编码,单位名称,区编码[,区名称], an optional header line, UTF-8 with or without a
 * byte-order mark, or GB18030 (what Excel saves as “CSV” on a Chinese Windows). Fields may be quoted with {@code "}.
 * Only the shape is checked here; what the rows mean is checked against the database by {@link Administration}.
 */
final class UnitCsv {

    /** One data line as written, with its line number in the file (1-based). */
    record Line(int number, String unitCode, String unitName, String districtCode, String districtName) {}

    /** The lines read, or the problems found, one Chinese sentence per bad line. */
    record Parsed(List<Line> lines, List<String> problems, String charset) {}

    static final Charset GB18030 = Charset.forName("GB18030");

    private UnitCsv() {
    }

    /** A file's text: UTF-8 (a byte-order mark dropped) if it decodes as UTF-8, else GB18030; and which it was. */
    record Decoded(String text, String charset) {}

    static Decoded decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, GB18030), "GB18030");
        }
    }

    static Parsed parse(byte[] bytes) {
        Decoded decoded = decode(bytes);
        String charset = decoded.charset();
        String text = decoded.text();
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] raw = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            String line = raw[i];
            if (line.isBlank()) continue;
            List<String> fields;
            try {
                fields = fields(line);
            } catch (IllegalArgumentException e) {
                problems.add("第" + number + "行：" + e.getMessage());
                continue;
            }
            if (lines.isEmpty() && problems.isEmpty() && fields.get(0).strip().equals("单位编码")) continue; // the header
            if (fields.size() < 3 || fields.size() > 4) {
                problems.add("第" + number + "行：应有3或4列（单位编码,单位名称,区编码[,区名称]），实有" + fields.size() + "列；请按此格式改正，"
                        + "名称中含逗号时请用英文双引号括起。");
                continue;
            }
            lines.add(new Line(number, fields.get(0).strip(), fields.get(1).strip(), fields.get(2).strip(),
                    fields.size() == 4 ? fields.get(3).strip() : ""));
        }
        if (lines.isEmpty() && problems.isEmpty()) problems.add("文件中没有单位：请每行写一个单位（单位编码,单位名称,区编码[,区名称]）。");
        return new Parsed(lines, problems, charset);
    }

    /** The fields of one CSV line; a quoted field may contain commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("引号没有闭合；请在字段末尾补上英文双引号 \"。");
        out.add(field.toString());
        return out;
    }
}
