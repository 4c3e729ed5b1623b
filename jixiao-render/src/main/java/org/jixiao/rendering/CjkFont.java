package org.jixiao.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Where the TrueType CJK face for PDFs is: the system property {@code jixiao.render.cjkFont} or the
 * environment variable {@code JIXIAO_CJK_FONT}, else the known paths of WenQuanYi Zen Hei (Debian package
 * fonts-wqy-zenhei). Noto CJK is not used: its CFF outlines break PDFBox (TECH-NOTES).
 *
 * <p>The parsed face is kept for the life of the process ({@link #borrow}): reading the 16 MB collection and
 * parsing the face's tables cost more than laying out a report. A parsed {@link TrueTypeFont} reads its glyphs
 * through one shared stream and is not thread-safe, so each one is lent to one document at a time; the pool
 * grows to the number of PDFs rendered at once and no further.
 */
final class CjkFont {

    static final String PROPERTY = "jixiao.render.cjkFont";
    static final String FACE = "WenQuanYiZenHei";
    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/TTF/wqy-zenhei.ttc");

    /** The file's bytes, read once per font file and process. */
    private static final Map<Path, byte[]> FILES = new ConcurrentHashMap<>();
    /** Parsed faces not lent out at the moment, per font file. */
    private static final Map<Path, ConcurrentLinkedDeque<Face>> IDLE = new ConcurrentHashMap<>();

    private CjkFont() {}

    /** The font file, or a {@link RenderingException} that names the package to install. */
    static Path locate() {
        String configured = System.getProperty(PROPERTY, System.getenv("JIXIAO_CJK_FONT"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (Files.isReadable(p)) return p;
            throw new RenderingException("找不到中文字体文件 " + configured + "（" + PROPERTY + "）。请指定一个 TrueType 中文字体（.ttf/.ttc）");
        }
        for (String k : KNOWN) if (Files.isReadable(Path.of(k))) return Path.of(k);
        throw new RenderingException("生成 PDF 需要中文 TrueType 字体，未找到文泉驿正黑（" + KNOWN.get(0)
                + "）。请安装软件包 fonts-wqy-zenhei（apt-get install fonts-wqy-zenhei），或用 -D" + PROPERTY + "=字体文件 指定");
    }

    /**
     * A parsed face of the font file for one document, to be given back with {@link Face#close()} once the
     * document is saved. Parsed at most once per concurrent user and process.
     */
    static Face borrow(Path file) throws IOException {
        Face idle = IDLE.computeIfAbsent(file, k -> new ConcurrentLinkedDeque<>()).pollFirst();
        return idle != null ? idle : parse(file);
    }

    /** How many parsed faces the process holds for the file and are idle now (for tests). */
    static int idle(Path file) {
        ConcurrentLinkedDeque<Face> q = IDLE.get(file);
        return q == null ? 0 : q.size();
    }

    private static Face parse(Path file) throws IOException {
        byte[] bytes = FILES.computeIfAbsent(file, CjkFont::read);
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            TrueTypeFont face = collection.getFontByName(FACE);
            if (face == null) {
                List<TrueTypeFont> all = new ArrayList<>();
                collection.processAllFonts(all::add);
                face = all.get(0);
            }
            return new Face(file, face, collection);
        }
        TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return new Face(file, face, null);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RenderingException("读取中文字体文件失败：" + file + "：" + e.getMessage(), e);
        }
    }

    /** A parsed face lent to one document; {@link #close()} gives it back to the pool (it stays open). */
    static final class Face implements AutoCloseable {
        private final Path file;
        private final TrueTypeFont font;
        @SuppressWarnings("unused") // keeps the collection (and its stream, which the face reads) reachable
        private final TrueTypeCollection collection;

        private Face(Path file, TrueTypeFont font, TrueTypeCollection collection) {
            this.file = file;
            this.font = font;
            this.collection = collection;
        }

        TrueTypeFont font() {
            return font;
        }

        @Override
        public void close() {
            IDLE.computeIfAbsent(file, k -> new ConcurrentLinkedDeque<>()).offerFirst(this);
        }
    }
}
