package org.jixiao.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;

/** The canonical fixtures of jixiao-core (seed 004, 002, 000) as reports. */
final class Fixtures {

    static final String SHIFENG = "004-shifeng-2021.json";
    static final String FURONG = "002-furong-2021.json";
    static final String LUSONG = "000-lusong-2024.json";

    private Fixtures() {}

    static Report load(String name) throws IOException {
        Path p = Path.of("..", "jixiao-core", "src", "test", "resources", "fixtures", name);
        return new ReportJson().read(Files.readString(p));
    }
}
