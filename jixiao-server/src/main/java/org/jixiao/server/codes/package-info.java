/**
 * 政府收支分类科目 code lists in the database (SPEC §7): the lists shipped in jixiao-core are loaded at start,
 * idempotently ({@link org.jixiao.server.codes.BundledCodeListsLoader}); administrators add, rename, remove and import
 * codes beside them (their rows win over the files); and {@link org.jixiao.server.codes.StoredCodeLists} gives the
 * checker the lists as stored, read again after every change on any instance.
 */
package org.jixiao.server.codes;
