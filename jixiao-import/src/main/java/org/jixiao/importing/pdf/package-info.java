/**
 * Reads the text layer of PDF documents (PDFBox 3): glyphs into lines by baseline, lines into chunks at gaps; a PDF
 * laid out with tabs has its tab-separated source lines rebuilt from the default tab stops ({@link
 * org.jixiao.importing.pdf.TabGrid}), any other has its tables rebuilt from chunk positions; a cell that cannot be
 * placed is left unknown with a note, never put in another column.
 */
package org.jixiao.importing.pdf;
