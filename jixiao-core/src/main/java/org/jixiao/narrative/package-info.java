/**
 * Checks what the narrative (情况说明, 自评报告) claims: every paragraph is split into sentences, the numbers
 * are read as typed mentions (amounts, shares, completion ratios, changes, counts) bound to a subject from a
 * data-driven lexicon ({@code narrative/subjects.tsv}), and rule kinds recompute each claim from the other
 * numbers of the same sentence, the same paragraph, the narrative or the tables (docs/narrative-checks.md).
 * Text hygiene (template residue, doubled units, numbering) lives here too. Plain Java.
 */
package org.jixiao.narrative;
