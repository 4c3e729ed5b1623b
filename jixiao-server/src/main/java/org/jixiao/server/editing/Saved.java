package org.jixiao.server.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckResult;

/** A saved version: its number, the lock version the next save must present, its check, notes (of an import), and the saved report as JSON and as the model. */
public record Saved(long reportId, int version, long lockVersion, CheckResult check, List<String> notes, JsonNode tree, Report report) {
}
