package org.jixiao.server.editing;

import java.util.List;
import org.jixiao.rules.CheckResult;
import org.jixiao.server.checking.FindingPointers;

/**
 * The check of the current version with unsaved edits applied. {@code stale} says that someone saved a newer
 * version than the one the editor was opened on ({@code currentVersion}): the user should reload before saving.
 * {@code pointers} place the findings in the edited report's JSON; {@code drafted} is the 情况说明 drafted from the
 * edited report.
 */
public record Preview(int currentVersion, boolean stale, CheckResult check, FindingPointers pointers, List<DraftedView> drafted) {
}
