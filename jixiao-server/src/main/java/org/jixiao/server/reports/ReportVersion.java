package org.jixiao.server.reports;

import java.time.Instant;

/** One entry of a report's history: the version number, the rule set used, who saved it, when and why. */
public record ReportVersion(int number, String ruleSetVersion, String author, Instant createdAt, String note) {
}
