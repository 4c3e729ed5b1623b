package org.jixiao.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;

/** The canonical fixtures of jixiao-core (seed 004, 002, 000) and the full fixture of jixiao-render as reports. */
final class Fixtures {

    static final String SHIFENG = "004-shifeng-2021.json";
    static final String FURONG = "002-furong-2021.json";
    static final String LUSONG = "000-lusong-2024.json";
    /**
     * A report with every part filled (nine tables with non-empty 08/09, 情况说明, 名词解释, 自评报告, 整体 and three
     * 项目 自评表s, 基础数据表 with 楼堂馆所): jixiao-render's own fixture, kept out of jixiao-core's fixtures, which
     * the server copies into its demo data (fixtures/README.md).
     */
    static final String FULL = "full-2024.json";

    private Fixtures() {}

    static Report load(String name) throws IOException {
        Path p = name.equals(FULL) ? Path.of("src", "test", "resources", "fixtures", name)
                : Path.of("..", "jixiao-core", "src", "test", "resources", "fixtures", name);
        return new ReportJson().read(Files.readString(p));
    }
}
