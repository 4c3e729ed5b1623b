/**
 * Synthetic reports (合成报告) for measuring the checker: {@link org.jixiao.synthetic.ReportGenerator} builds a
 * complete, internally consistent report from a seed (tables built bottom-up so that every identity holds
 * exactly, 自评表s scored by SPEC §4, a 情况说明 written from the sentence patterns in
 * {@code synthetic/narrative.tsv}); {@link org.jixiao.synthetic.ProvinceGenerator} enumerates stable synthetic
 * units; {@link org.jixiao.synthetic.ErrorInjector} plants one realistic error and returns the rules that must
 * find it. Plain Java with seeded {@link java.util.SplittableRandom}: the same seed gives the same report.
 */
package org.jixiao.synthetic;
