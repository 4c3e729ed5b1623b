package org.jixiao.importing.txt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.importing.UnreadableDocumentException;
import org.jixiao.importing.document.Place;
import org.jixiao.importing.document.SourceDocumentText;
import org.jixiao.importing.document.TabbedText;

/**
 * Reads a plain-text export (纯文本). The encoding is UTF-8 (a BOM is skipped) when the bytes decode strictly as
 * UTF-8, else GB18030 (which covers GBK) when they decode strictly as that; anything else, and text with NUL
 * bytes or many control characters, is binary and refused.
 * The lines are then read into blocks by {@link TabbedText}: tab-separated rows, cell-per-line rows and rows whose
 * cells wrap onto further lines are tables.
 */
public final class PlainTextReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    public SourceDocumentText read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String text = decode(fileName, bytes);
        String[] lines = text.split("\r\n|\r|\n", -1);
        TabbedText.Result read = read(lines);
        return new SourceDocumentText(fileName, "txt", read.blocks(), read.notes());
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

    static TabbedText.Result read(String[] lines) {
        List<TabbedText.Line> numbered = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) numbered.add(new TabbedText.Line(lines[i], Place.line(i + 1)));
        return TabbedText.read(numbered);
    }
}
