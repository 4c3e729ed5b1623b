package org.jixiao.rendering;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.report.domain.Report;

/**
 * Renders a report's official documents (生成公开文档): the 部门决算公开 with its nine tables, drafted 情况说明
 * and 名词解释, and the attached 绩效评价报告 with the 自评表s, as HTML, PDF, DOCX or XLSX (docs/rendering.md).
 *
 * <pre>{@code
 * RenderedDocument pdf = new OfficialDocuments().document(report, RenderFormat.PDF);
 * // pdf.bytes(), pdf.fileName() "2024-<单位>-部门决算.pdf", pdf.mediaType() "application/pdf"
 * }</pre>
 *
 * <p>Stateless and thread-safe: one instance can serve every request of a web application. The PDF's CJK face is
 * parsed once per process and shared (see {@code CjkFont}).
 */
public final class OfficialDocuments {

    /**
     * The entry point for the web application: the document in the format with its file name and media type. A PDF
     * without the CJK font installed throws {@link RenderingException} (its message names the package).
     */
    public RenderedDocument document(Report report, RenderFormat format) {
        return new RenderedDocument(render(report, format), fileName(report, format), format.mediaType(), format);
    }

    /** The document in the format, whole. A PDF needs the CJK font ({@link RenderingException} says which). */
    public byte[] render(Report report, RenderFormat format) {
        List<Block> blocks = DocumentLayout.of(report);
        return switch (format) {
            case HTML -> html(report, blocks).getBytes(StandardCharsets.UTF_8);
            case PDF -> new PdfRenderer().render(html(report, blocks));
            case DOCX -> new DocxRenderer().render(blocks);
            case XLSX -> new XlsxRenderer().render(blocks);
        };
    }

    /** A file name for the document: {@code <年度>-<单位名称>-部门决算.<ext>}. */
    public static String fileName(Report report, RenderFormat format) {
        String unit = report.header().unitName().replaceAll("[\\\\/:*?\"<>|\\s]", "");
        String kind = report.finalAccounts() == null ? "绩效评价报告" : "部门决算";
        return report.header().fiscalYear() + "-" + unit + "-" + kind + "." + format.extension();
    }

    private static String html(Report report, List<Block> blocks) {
        return new HtmlRenderer().render(blocks, report.header().fiscalYear() + "年度" + report.header().unitName()
                + (report.finalAccounts() == null ? "绩效评价报告" : "部门决算"));
    }
}
