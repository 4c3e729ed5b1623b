/**
 * Self-evaluation scoring (评分) as pure functions citing SPEC §4 and 财预〔2020〕10号: reading targets
 * (quantitative with comparator and direction, dates, qualitative), recomputing indicator scores, the
 * qualitative bands and the grade. Plain Java, used by the performance rule kinds and the forms.
 */
package org.jixiao.scoring;
