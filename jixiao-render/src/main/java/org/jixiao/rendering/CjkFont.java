package org.jixiao.rendering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the TrueType CJK face for PDFs is: the system property {@code jixiao.render.cjkFont} or the
 * environment variable {@code JIXIAO_CJK_FONT}, else the known paths of WenQuanYi Zen Hei (Debian package
 * fonts-wqy-zenhei). Noto CJK is not used: its CFF outlines break PDFBox (TECH-NOTES).
 */
final class CjkFont {

    static final String PROPERTY = "jixiao.render.cjkFont";
    static final String FACE = "WenQuanYiZenHei";
    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/TTF/wqy-zenhei.ttc");

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
}
