/** Reads XLSX workbooks (POI XSSF): each sheet one table, merged regions expanded, numbers as displayed. */
package org.jixiao.importing.xlsx;
