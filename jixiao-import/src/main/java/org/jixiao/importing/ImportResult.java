package org.jixiao.importing;

import java.util.List;
import java.util.Objects;
import org.jixiao.report.domain.Report;

/** What an import produced: the report, the notes on what could not be placed, and the format read. */
public record ImportResult(Report report, List<ImportNote> notes, DocumentFormat format) {

    public ImportResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
