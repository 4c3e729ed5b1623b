package org.jixiao.rules;

/**
 * One registry entry (审核公式): a stable id, severity, Chinese category, the rule kind it uses with its
 * parameters, a Chinese message template and the formula, plus the file it came from.
 */
public record RuleDefinition(String id, Severity severity, String category, String kind, RuleParameters parameters,
        MessageTemplate message, String formula, String file) {
}
