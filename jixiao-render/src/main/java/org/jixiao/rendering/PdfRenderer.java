package org.jixiao.rendering;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Renders the HTML page to PDF with openhtmltopdf, embedding (a subset of) the WenQuanYi Zen Hei TrueType
 * face so that the Chinese text shows and extracts on any machine.
 */
final class PdfRenderer {

    static {
        // openhtmltopdf logs every stage to standard error; a command line tool prints only its own lines.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    byte[] render(String html) {
        Path fontFile = CjkFont.locate();
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        // The face is parsed once per process and lent to this document (CjkFont): parsing it per document
        // cost about half a second of CPU. Every document still embeds its own subset.
        try (CjkFont.Face face = CjkFont.borrow(fontFile); PDDocument pdf = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(pdf, face.font(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(font), HtmlRenderer.PDF_FONT_FAMILY);
            builder.withW3cDocument(dom, "file:///");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingException("PDF 生成失败：" + e.getMessage(), e);
        }
    }
}
