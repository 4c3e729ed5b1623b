/** Reads DOCX documents (POI XWPF) into blocks: paragraphs with their list numbering, tables with merged cells. */
package org.jixiao.importing.docx;
