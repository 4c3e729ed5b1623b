package org.jixiao.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.report.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "jixiao.dump", matches = ".+")
class DumpSeedsTests {
    @Test
    void dump() throws Exception {
        Path seed = Path.of(System.getProperty("jixiao.dump"));
        ImportResult r = new DocumentImporter().importFile(seed);
        Files.writeString(Path.of("/tmp/dump.json"), new ReportJson().write(r.report()));
        StringBuilder s = new StringBuilder();
        r.notes().forEach(n -> s.append(n).append('\n'));
        Files.writeString(Path.of("/tmp/dump-notes.txt"), s.toString());
    }
}
