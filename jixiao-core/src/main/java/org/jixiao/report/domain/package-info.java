/**
 * The canonical report model (报告): everything one unit (单位) states for one fiscal year (年度) in its
 * 部门决算公开 and 绩效自评 documents — 单位概况, the nine tables, disclosures (三公 counts, 机关运行经费,
 * 政府采购, 国有资产), the self-evaluation sheets (自评表) with three-level indicators, the 基础数据表 and
 * the narrative. Values are {@link org.jixiao.shared.Figure}s: the text as written plus its provenance, so
 * that a finding can point at it. Plain Java records; the JSON mapping lives in {@code report.json}.
 *
 * <p>Life cycle: a report is built by the importer, the editor or a fixture, checked by the rule engine,
 * stored as versions by the server, and rendered into documents. Records are immutable: an edit produces a
 * new report.
 */
package org.jixiao.report.domain;
