/**
 * The checking engine (审核): rules are reviewed data (a registry of {@code rules/<year>/*.yaml} on the
 * class path: id, severity, category, rule kind, parameters, Chinese message template, formula), rule kinds
 * are code ({@link org.jixiao.rules.RuleKind}), and every check produces {@link org.jixiao.rules.Finding}s that
 * carry the numbers proving them. Plain Java.
 */
package org.jixiao.rules;
