package org.jixiao.importing.txt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.importing.UnreadableDocumentException;
import org.jixiao.importing.document.Block;
import org.jixiao.importing.document.CellText;
import org.jixiao.importing.document.Numbering;
import org.jixiao.importing.document.Place;
import org.jixiao.importing.document.SourceDocumentText;
import org.jixiao.importing.document.TableBlock;
import org.jixiao.importing.document.TableLine;
import org.jixiao.importing.document.TextBlock;

/**
 * Reads a plain-text export (纯文本). The encoding is UTF-8 (a BOM is skipped) when the bytes decode strictly as
 * UTF-8, else GB18030 (which covers GBK) when they decode strictly as that; anything else, and text with NUL
 * bytes or many control characters, is binary and refused.
 *
 * <p>Tables come in two shapes. Row per line: cells separated by tabs, merged or empty cells leaving runs of
 * tabs (seed 004); blank lines inside a table are skipped. Cell per line: a row starts at a line without a
 * leading tab, and each following line that starts with tabs is the next cell — {@code k} leading tabs put
 * {@code k − 1} empty cells before it. Other lines are paragraphs.
 */
public final class PlainTextReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    public SourceDocumentText read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String text = decode(fileName, bytes);
        String[] lines = text.split("\r\n|\r|\n", -1);
        return new SourceDocumentText(fileName, "txt", blocks(lines));
    }

    static String decode(String fileName, byte[] bytes) throws UnreadableDocumentException {
        for (byte b : bytes) {
            if (b == 0) throw binary(fileName, "含有 NUL 字节");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text;
        try {
            text = strict(StandardCharsets.UTF_8, bytes, start);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strict(GB18030, bytes, 0);
            } catch (CharacterCodingException notGb) {
                throw binary(fileName, "既不是 UTF-8 也不是 GB18030/GBK 编码的文本");
            }
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        if (control > 8 && control * 100 > text.length()) throw binary(fileName, "控制字符过多");
        return text;
    }

    private static UnreadableDocumentException binary(String fileName, String why) {
        return UnreadableDocumentException.of(fileName, "不是文本文件（" + why + "），可能是二进制文件或扩展名有误",
                "请提供 UTF-8 或 GB18030 编码的 .txt，或以正确的扩展名（.docx/.xlsx/.pdf）提交原文件");
    }

    private static String strict(Charset charset, byte[] bytes, int start) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    }

    static List<Block> blocks(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        List<TableLine> table = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (isRowPerLine(line)) {
                table.add(new TableLine(cells(line.split("\t", -1), number), Place.line(number)));
                i++;
                continue;
            }
            int next = nextNonBlank(lines, i + 1);
            if (!line.startsWith("\t") && next < lines.length && isContinuation(lines[next])) {
                List<CellText> cells = new ArrayList<>();
                cells.add(CellText.of(clean(line), Place.line(number)));
                int j = next;
                while (j < lines.length && isContinuation(lines[j])) {
                    int tabs = 0;
                    while (tabs < lines[j].length() && lines[j].charAt(tabs) == '\t') tabs++;
                    for (int k = 1; k < tabs; k++) cells.add(CellText.of("", Place.line(j + 1)));
                    cells.add(CellText.of(clean(lines[j].substring(tabs)), Place.line(j + 1)));
                    j = nextNonBlank(lines, j + 1);
                }
                table.add(new TableLine(cells, Place.line(number)));
                i = j;
                continue;
            }
            flush(blocks, table);
            String text = clean(line);
            if (!text.isEmpty()) {
                String numbering = Numbering.split(stripListMarker(text)).map(Numbering.Token::token).orElse(null);
                blocks.add(new TextBlock(text, numbering, false, Place.line(number)));
            }
            i++;
        }
        flush(blocks, table);
        return blocks;
    }

    /** A line with at least two cells, i.e. a tab with text on some side of it, that is not a lone continuation cell. */
    private static boolean isRowPerLine(String line) {
        String stripped = line.replaceFirst("^\t+", "");
        return stripped.contains("\t") || (!line.startsWith("\t") && line.contains("\t"));
    }

    private static boolean isContinuation(String line) {
        return line.startsWith("\t") && !line.replaceFirst("^\t+", "").contains("\t") && !line.isBlank();
    }

    private static int nextNonBlank(String[] lines, int from) {
        int j = from;
        while (j < lines.length && lines[j].isBlank()) j++;
        return j;
    }

    private static List<CellText> cells(String[] parts, int line) {
        List<CellText> cells = new ArrayList<>(parts.length);
        for (String p : parts) cells.add(CellText.of(clean(p), Place.line(line)));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) cells.remove(cells.size() - 1);
        return cells;
    }

    private static void flush(List<Block> blocks, List<TableLine> table) {
        if (table.isEmpty()) return;
        blocks.add(new TableBlock(null, table, table.get(0).place()));
        table.clear();
    }

    /** Trims the text and removes residue of the export (Word bookmarks written as {@code [bookmark: _GoBack]}). */
    static String clean(String s) {
        return s.replaceAll("\\[bookmark: [^\\]]*\\]", "").replace('\u00a0', ' ').replace("\u3000", " ").strip();
    }

    static String stripListMarker(String text) {
        return text.startsWith("- ") ? text.substring(2) : text;
    }
}
