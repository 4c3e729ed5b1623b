/** Reads the text layer of PDF documents (PDFBox 3), rebuilding table rows from text positions. */
package org.jixiao.importing.pdf;
