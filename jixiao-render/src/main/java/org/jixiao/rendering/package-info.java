/**
 * Rendering (生成): turns a canonical {@link org.jixiao.report.domain.Report} into the official documents —
 * 部门决算公开 (cover, contents, 单位概况, the nine tables, 情况说明, 名词解释) and the attached 绩效评价报告 with its
 * 自评表s — as HTML, PDF (from that HTML), DOCX (公文 conventions) and XLSX (live formulas). Sentences that
 * restate figures are drafted from per-year templates ({@code templates/<year>/final-accounts.properties});
 * texts only a person writes are taken from the report's own narrative.
 */
package org.jixiao.rendering;
