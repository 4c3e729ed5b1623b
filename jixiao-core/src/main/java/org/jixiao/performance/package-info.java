/**
 * Rule kinds of the 绩效自评 part (自评表 and 基础数据表): 资金情况 sums and 执行率, weights per section and in
 * total, the total score and grade, recomputed indicator scores (via {@code org.jixiao.scoring}), qualitative
 * bands and indicator quality (vague words, misplaced targets, 预算执行率 as output, not-credible sheets).
 */
package org.jixiao.performance;
