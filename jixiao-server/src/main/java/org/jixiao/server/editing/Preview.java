package org.jixiao.server.editing;

import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.CheckResult;

/**
 * The check of the current version with unsaved edits applied. {@code stale} says that someone saved a newer
 * version than the one the editor was opened on ({@code currentVersion}): the user should reload before saving.
 * {@code tree} is the edited report as JSON (to place the findings in it), {@code report} the same as the model (to draft
 * the 情况说明 from).
 */
public record Preview(int currentVersion, boolean stale, CheckResult check, JsonNode tree, Report report) {
}
