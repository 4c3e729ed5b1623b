package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jixiao.report.domain.Report;
import org.junit.jupiter.api.Test;

/** The web application's entry point: bytes, file name and media type in one call. */
class OfficialDocumentsTests {

    @Test
    void documentCarriesBytesFileNameAndMediaType() throws Exception {
        Report report = Fixtures.load(Fixtures.FULL);
        OfficialDocuments documents = new OfficialDocuments();

        RenderedDocument docx = documents.document(report, RenderFormat.DOCX);
        assertThat(docx.fileName()).isEqualTo("2024-青岚市东城区委员会办公室-部门决算.docx");
        assertThat(docx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.bytes()).startsWith((byte) 'P', (byte) 'K'); // a ZIP package

        RenderedDocument xlsx = documents.document(report, RenderFormat.XLSX);
        assertThat(xlsx.fileName()).endsWith("-部门决算.xlsx");
        assertThat(xlsx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        RenderedDocument html = documents.document(report, RenderFormat.HTML);
        assertThat(html.mediaType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(new String(html.bytes(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("lang=\"zh-CN\"");

        Report evaluationOnly = Fixtures.load(Fixtures.FURONG);
        assertThat(documents.document(evaluationOnly, RenderFormat.HTML).fileName())
                .endsWith("-绩效评价报告.html");
        assertThat(RenderFormat.PDF.mediaType()).isEqualTo("application/pdf");
    }
}
