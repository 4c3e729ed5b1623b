package org.jixiao.server.editing;

import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.rules.CheckResult;

/**
 * The check of the current version with unsaved edits applied. {@code stale} says that someone saved a newer
 * version than the one the editor was opened on ({@code currentVersion}): the user should reload before saving.
 * {@code tree} is the edited report as JSON (to place the findings in it).
 */
public record Preview(int currentVersion, boolean stale, CheckResult check, JsonNode tree) {
}
