/**
 * The outcomes a request can end in besides success, as exceptions the service layer throws and the web layer
 * turns into a status and a Chinese message: {@link org.jixiao.server.problems.NotFound} (404, also for
 * something that exists but that the user may not see), {@link org.jixiao.server.problems.Forbidden} (403),
 * {@link org.jixiao.server.problems.Conflict} (409), {@link org.jixiao.server.problems.Invalid} (400),
 * {@link org.jixiao.server.problems.TooLarge} (413) and {@link org.jixiao.server.problems.Unavailable} (503).
 * Depends on nothing else of the server.
 */
package org.jixiao.server.problems;
