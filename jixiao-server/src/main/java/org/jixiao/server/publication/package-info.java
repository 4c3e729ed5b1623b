/**
 * The public site and document downloads (issue "Web application" §5): published reports by district, unit and
 * year, each as a page with its tables, charts and 更正说明; the official documents (DOCX/PDF/XLSX/HTML) of the
 * published version for anyone and of the current version for staff; open data (CSV with a Frictionless Data
 * Package descriptor) per report and per district; the public JSON API. Reads only through
 * {@code reports.VisibleReports}' public methods, so a draft, a submitted or an approved-but-unpublished version is
 * never shown, and a report reopened for correction keeps showing its published version (docs/web.md,
 * "公开网站与开放数据").
 */
package org.jixiao.server.publication;
