package org.jixiao.server.demo;

import org.jixiao.report.domain.Report;

/** A demo report and the file it came from. */
record DemoFixture(String file, Report report) {

    /**
     * A unit code for a fixture whose header names none, from its file name: {@code 000-lusong-2024.json}
     * gives {@code demo-lusong}.
     */
    String unitCode() {
        String code = report.header().unitCode();
        if (code != null && !code.isBlank()) return code;
        String base = file.replaceFirst("\\.json$", "").replaceFirst("^\\d+-", "").replaceFirst("-\\d{4}$", "");
        return "demo-" + base;
    }
}
