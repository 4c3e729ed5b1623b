package org.jixiao.cli;

import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.Finding;

/** A report read from a file, with the importer's notes as INFO findings (rule {@code IMP-001}). */
public record LoadedReport(Report report, List<Finding> notes) {

    public LoadedReport {
        notes = List.copyOf(notes);
    }
}
