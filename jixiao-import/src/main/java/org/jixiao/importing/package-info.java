/**
 * Import of published 部门决算 and 绩效自评 documents (text, DOCX, XLSX, PDF) into the canonical
 * {@link org.jixiao.report.domain.Report}. Readers in the format subpackages turn bytes into a
 * {@link org.jixiao.importing.document.SourceDocumentText} of headings, paragraphs and tables with their
 * positions; {@code mapping} recognises the public tables, 自评表s and narrative sections by meaning and
 * reports what it cannot place as {@link org.jixiao.importing.ImportNote}s. A document that cannot be read at
 * all is refused with an {@link org.jixiao.importing.UnreadableDocumentException} naming the file and the fix.
 */
package org.jixiao.importing;
