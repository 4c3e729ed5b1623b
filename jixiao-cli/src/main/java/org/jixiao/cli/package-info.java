/**
 * The command line tool ({@code ./jixiao}): {@code check} reads reports (for now the JSON exchange format, via
 * {@link org.jixiao.cli.ReportLoader}) and lists findings as text, JSON or CSV. Plain Java and picocli; no
 * Spring on this path so that a check starts fast.
 */
package org.jixiao.cli;
