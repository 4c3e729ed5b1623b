/**
 * Mapping of the intermediate form onto the canonical report (映射): the nine 决算 tables recognised by title
 * meaning and their columns by header text, rows by classification code or meaning; the 整体/项目 自评表s; the
 * narrative split into parts and numbered sections; 单位概况 figures read from sentences. Whatever cannot be
 * placed becomes an {@link org.jixiao.importing.ImportNote}, never a silent drop.
 */
package org.jixiao.importing.mapping;
