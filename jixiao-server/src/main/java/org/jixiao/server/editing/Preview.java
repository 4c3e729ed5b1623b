package org.jixiao.server.editing;

import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.FindingPointers;

/**
 * The check of the current version with unsaved edits applied. {@code stale} says that someone saved a newer
 * version than the one the editor was opened on ({@code currentVersion}): the user should reload before saving.
 * {@code pointers} place the findings in the edited report's JSON.
 */
public record Preview(int currentVersion, boolean stale, CheckResult check, FindingPointers pointers) {
}
