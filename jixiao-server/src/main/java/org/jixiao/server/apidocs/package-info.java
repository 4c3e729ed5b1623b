/**
 * The OpenAPI description of the JSON API {@code /api/v1} (served at {@code /v3/api-docs}, browsed at
 * {@code /swagger-ui.html}): title, the session-and-CSRF scheme, tags by feature and groups by audience. Depends
 * on no feature package; every controller is found by springdoc (docs/api.md).
 */
package org.jixiao.server.apidocs;
