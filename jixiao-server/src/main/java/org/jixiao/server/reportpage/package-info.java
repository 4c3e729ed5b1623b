/**
 * The report page and editor ({@code GET /reports/{id}}): the report's grids rendered from its canonical JSON,
 * the workflow buttons for the account's role, and the script ({@code static/js/editor.js}) that edits cells
 * like a spreadsheet and calls the editing and workflow JSON APIs. Depends on editing and reports; nothing
 * depends on it.
 */
package org.jixiao.server.reportpage;
