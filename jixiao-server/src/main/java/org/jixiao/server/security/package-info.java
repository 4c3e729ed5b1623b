/**
 * Sign-in and the request-level guards (docs/security.md): form sign-in against the accounts' BCrypt hashes,
 * sessions in the database (Spring Session JDBC), CSRF tokens on every state-changing request, a content
 * security policy, and throttling after repeated failed sign-ins. What a signed-in account may do with a report
 * is decided in the service layer ({@code reports}, {@code workflow}, {@code editing}), not here.
 */
package org.jixiao.server.security;
