package org.jixiao.rules;

import org.jixiao.codes.YearCodeLists;

/** What a rule kind may consult besides the report: the year's code lists and the rule set's version. */
public record CheckContext(YearCodeLists codeLists, String ruleSetVersion) {
}
