/**
 * Roll-ups (汇总): the key figures of every stored report version ({@code report_figures}, kept by implementing the
 * reports feature's {@link org.jixiao.server.reports.VersionStored} port) and their sums over approved and published
 * reports by district, city and province; the page {@code /review/rollup} and {@code GET /api/v1/rollups}.
 */
package org.jixiao.server.rollup;
