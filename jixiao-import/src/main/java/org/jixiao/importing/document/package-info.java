/**
 * The intermediate form every reader produces (原文结构): blocks in document order — headings and paragraphs with
 * their numbering token, and tables as rows of cells with spans — each with its position in the source (line,
 * page, paragraph, sheet and cell). Plain records; the mapping onto the report model reads only this.
 */
package org.jixiao.importing.document;
