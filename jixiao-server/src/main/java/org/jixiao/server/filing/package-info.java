/**
 * New reports (新建报告): a unit's staff, or an administrator, create the unit's report for an open fiscal year —
 * empty, or pre-filled by the importer from an uploaded DOCX/XLSX/PDF/text document — from 我的工作台. A closed
 * year, another unit, or a second report of the same unit and year is refused in
 * {@link org.jixiao.server.filing.ReportFiling}; every creation is in the audit log.
 */
package org.jixiao.server.filing;
