/**
 * Rule kinds of the 部门决算 part (公开01–09表, 单位概况, disclosures): sums and identities between stated
 * figures anywhere in the report ({@link org.jixiao.accounts.FigureRef}), row balances, 类/款/项 hierarchies,
 * comparisons between tables, code-list membership, units and activity counts. Tolerance is the rounding band
 * of SPEC §3. Plain Java.
 */
package org.jixiao.accounts;
