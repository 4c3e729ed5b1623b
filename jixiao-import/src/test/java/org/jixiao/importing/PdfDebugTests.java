package org.jixiao.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.importing.document.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "jixiao.pdfdebug", matches = ".+")
class PdfDebugTests {
    @Test
    void dump() throws Exception {
        SourceDocumentText t = new org.jixiao.importing.pdf.PdfReader(ImportLimits.defaults()).read("x.pdf", PdfImportTests.seed004Table05Pdf());
        StringBuilder s = new StringBuilder();
        for (Block b : t.blocks()) {
            if (b instanceof TextBlock tb) s.append("P ").append(tb.text()).append('\n');
            else if (b instanceof TableBlock tab) for (TableLine l : tab.rows()) s.append("R ").append(String.join(" | ", l.cells().stream().map(CellText::text).toList())).append('\n');
        }
        Files.writeString(Path.of("/tmp/pdf-dump.txt"), s);
    }
}
