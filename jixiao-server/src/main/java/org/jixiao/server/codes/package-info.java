/**
 * 政府收支分类科目 code lists in the database (SPEC §7): the lists shipped in jixiao-core are loaded at start,
 * idempotently, so that administrators can later add the lists of new years beside them.
 */
package org.jixiao.server.codes;
