/**
 * The workflow of SPEC §6 in the service layer: submit (no ERROR, every WARNING explained in writing), return
 * with comments attached to cells or findings, approve, publish, and reopen a published report for a correction
 * while the public keeps seeing the published version. Every step checks who asks, moves the state under the
 * optimistic lock and writes the audit log in the same transaction.
 */
package org.jixiao.server.workflow;
