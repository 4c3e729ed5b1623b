/**
 * The audit log (SPEC §6): every change — saves cell by cell, workflow steps, comments, explanations,
 * administration — with who, when, what, before and after. Entries are only ever appended.
 */
package org.jixiao.server.audit;
