package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.report.domain.Report;
import org.junit.jupiter.api.Test;

/**
 * The CJK face is parsed once per process and lent to one document at a time: PDFs rendered on several threads at
 * once each come out whole, with their Chinese text, and the pool holds no more parsed faces than ran at once.
 */
class CjkFontCacheTests {

    @Test
    void concurrentPdfsShareThePoolAndEachKeepsItsText() throws Exception {
        Path font;
        try {
            font = CjkFont.locate();
        } catch (RenderingException e) {
            assumeTrue(false, "no Chinese TrueType font installed");
            return;
        }
        Report report = Fixtures.load(Fixtures.FURONG);
        int threads = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) futures.add(pool.submit(() -> new OfficialDocuments().render(report, RenderFormat.PDF)));
            for (Future<byte[]> f : futures) {
                try (PDDocument doc = Loader.loadPDF(f.get())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertThat(text).contains(report.header().unitName()).contains("绩效评价报告");
                }
            }
        } finally {
            pool.shutdown();
        }
        int idle = CjkFont.idle(font);
        // Other test classes in this JVM may have rendered in parallel too; never one face per document.
        assertThat(idle).isBetween(1, threads + 1);
        try (CjkFont.Face a = CjkFont.borrow(font); CjkFont.Face b = CjkFont.borrow(font)) {
            assertThat(a).isNotSameAs(b);
            assertThat(a.font()).isNotSameAs(b.font());
        }
        CjkFont.Face again = CjkFont.borrow(font);
        again.close();
        try (CjkFont.Face next = CjkFont.borrow(font)) {
            assertThat(next).as("a face given back is lent again").isSameAs(again);
        }
    }
}
