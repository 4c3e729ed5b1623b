/**
 * 政府收支分类科目 code lists as data per fiscal year (SPEC §7): 支出功能分类 (类/款/项) and 部门预算支出经济分类
 * (类/款), read from {@code codes/<year>/functional.csv} and {@code codes/<year>/economic.csv} on the class
 * path. Each file states its source in its header. Logic never hard-codes a code. The checker takes its lists from a
 * {@link org.jixiao.codes.CodeListSource}: {@link org.jixiao.codes.CodeLists#bundled()} here, the database's lists
 * (kept by administrators) in the server.
 */
package org.jixiao.codes;
