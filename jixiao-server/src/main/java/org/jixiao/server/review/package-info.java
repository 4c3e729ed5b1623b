/**
 * The reviewer's desk (审核台, issue 6 §4): the district's reports in a queue with state, submission time, the open
 * findings of the current version and how many warnings the unit explained; and the comparison of a report with the
 * unit's previous year and with similar units of the district (same documents, nearest total expenditure).
 * Only a 财政审核人 (their district) or an administrator (read-only, every district) uses it; the rule is applied
 * in {@link org.jixiao.server.review.ReviewDesk}, not only in the pages.
 */
package org.jixiao.server.review;
