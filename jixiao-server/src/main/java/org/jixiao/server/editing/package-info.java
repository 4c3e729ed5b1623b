/**
 * Editing a report's content in the service layer: cell edits addressed by JSON pointer into the canonical
 * report (docs/report-format.md), checked as you type without saving ({@code preview}), saved as a new version
 * under the optimistic lock with one audit entry per changed cell, and pre-filled from an uploaded DOCX, XLSX,
 * PDF or text document through the importer.
 */
package org.jixiao.server.editing;
