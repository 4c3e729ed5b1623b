/**
 * 上年数带入 (carrying last year's figures over): which field of a report holds which figure of the same unit's report
 * of the previous fiscal year ({@code PriorYearFields}), the editor's view of them ({@code GET
 * /api/v1/reports/{id}/prior-year}) and the pre-filling of a new report ({@link org.jixiao.server.carryover.PriorYear#prefill}).
 * Reads reports only through {@code reports.VisibleReports}; depends on reports, accounts, problems and security,
 * and filing depends on it. Nothing here writes: filled fields are saved (and audited) by filing or by the editor's save.
 */
package org.jixiao.server.carryover;
