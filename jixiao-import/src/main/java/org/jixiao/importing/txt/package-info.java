/**
 * Reads plain-text exports (UTF-8 with or without BOM, or GB18030/GBK) into blocks, and finds the tables in
 * them: one row per line with tab-separated cells, or one cell per line with leading tabs.
 */
package org.jixiao.importing.txt;
