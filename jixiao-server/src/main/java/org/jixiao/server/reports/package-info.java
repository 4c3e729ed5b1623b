/**
 * Reports (报告) as stored: one per unit per fiscal year, with a workflow state (SPEC §6) and every saved
 * content kept as a numbered version in the canonical JSON format. Saves are optimistic: a save names the
 * lock version it read, and a save over someone else's newer save is a {@link org.jixiao.server.reports.SaveOutcome.Conflict},
 * never an overwrite.
 */
package org.jixiao.server.reports;
