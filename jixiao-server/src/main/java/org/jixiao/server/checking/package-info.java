/**
 * Checking in the server: the plain-Java rule engine of jixiao-core as a bean, the view of a check that the API
 * and pages share ({@link org.jixiao.server.checking.CheckView}), and the findings of a stored report over the
 * JSON API ({@code GET /api/v1/reports/{id}/findings}).
 */
package org.jixiao.server.checking;
