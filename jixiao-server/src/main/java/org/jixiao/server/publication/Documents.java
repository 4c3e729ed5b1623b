package org.jixiao.server.publication;

import java.util.Locale;
import org.jixiao.report.domain.Report;
import org.jixiao.rendering.OfficialDocuments;
import org.jixiao.rendering.RenderFormat;
import org.jixiao.rendering.RenderingException;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.problems.NotFound;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.VisibleReports;
import org.springframework.stereotype.Service;

/**
 * The official documents of a report (jixiao-render's {@link OfficialDocuments}): of the published version for
 * anyone, of the current version for the staff who may open the report. Rendered once per report, version and
 * format and then served from {@link DocumentCache}.
 */
@Service
public class Documents {

    /** A rendered document with the file name to offer. */
    public record Rendered(long reportId, int version, byte[] content, RenderFormat format, String fileName) {

        /** An entity tag naming the content: a version's document never changes. */
        public String etag() {
            return "\"" + reportId + "-" + version + "-" + format.extension() + "\"";
        }
    }

    private final PublishedReports published;
    private final VisibleReports visible;
    private final DocumentCache cache;
    private final OfficialDocuments renderer = new OfficialDocuments();

    Documents(PublishedReports published, VisibleReports visible, DocumentCache cache) {
        this.published = published;
        this.visible = visible;
        this.cache = cache;
    }

    /** The document of the published version; not found when the report has none. */
    public Rendered published(long id, String format) {
        RenderFormat f = format(format);
        PublishedDocument doc = published.open(id);
        return rendered(id, doc.version(), doc.report(), f);
    }

    /** The document of the current version, for an account that may open the report. */
    public Rendered current(Account who, long id, String format) {
        RenderFormat f = format(format);
        ReportSnapshot snapshot = visible.open(who, id);
        return rendered(id, snapshot.version(), snapshot.report(), f);
    }

    /** The published version's HTML document, for embedding in the report page. */
    public String publishedHtml(PublishedDocument doc) {
        return new String(rendered(doc.entry().id(), doc.version(), doc.report(), RenderFormat.HTML).content(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A text derived from the published version's HTML document (for example the page's cleaned fragment), made
     * once per version and kept with the documents.
     */
    public String derivedFromHtml(PublishedDocument doc, String form, java.util.function.UnaryOperator<String> derive) {
        byte[] bytes = cache.get(new DocumentCache.Key(doc.entry().id(), doc.version(), form),
                () -> derive.apply(publishedHtml(doc)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Rendered rendered(long id, int version, Report report, RenderFormat format) {
        byte[] bytes = cache.get(new DocumentCache.Key(id, version, format), () -> {
            try {
                return renderer.render(report, format);
            } catch (RenderingException e) {
                throw new DocumentUnavailable("暂时无法生成" + format.name() + "文档：" + e.getMessage() + " 请稍后再试或下载其他格式。");
            }
        });
        return new Rendered(id, version, bytes, format, OfficialDocuments.fileName(report, format));
    }

    static RenderFormat format(String name) {
        for (RenderFormat f : RenderFormat.values()) {
            if (f.extension().equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) return f;
        }
        throw new NotFound("没有 " + name + " 格式的文档：可下载 docx、pdf、xlsx 或 html。");
    }

    /** A document that cannot be rendered on this server now (for example the PDF font is missing): 503. */
    static final class DocumentUnavailable extends RuntimeException {
        DocumentUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
