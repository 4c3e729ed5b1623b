package org.jixiao.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached (PostgreSQL stopped or restarting, the connection pool timing out), answers
 * 503 with the Chinese "服务暂时不可用，请稍后再试" as a page, or as {@code application/problem+json} under {@code /api/},
 * instead of a stack trace. First in the chain, so that failures of the session filter (sessions live in the
 * database) are caught too. Nothing half-written is kept: each write is one transaction, rolled back by the failure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String MESSAGE = "服务暂时不可用，请稍后再试。（数据库暂时无法连接，您的操作没有保存；请稍候重试，已保存的内容不会丢失。）";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!databaseUnavailable(e) || response.isCommitted()) throw e;
            LOG.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            answer(request, response);
        }
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(503);
        response.setHeader("Retry-After", "10");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                    + MESSAGE + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("""
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>服务暂时不可用</title>
                    <link rel="stylesheet" href="/css/jixiao.css"></head><body><main class="narrow">
                    <h1>服务暂时不可用，请稍后再试</h1><p>""" + MESSAGE + """
                    </p><p><a href="">重新载入本页</a></p></main></body></html>""");
        }
        response.flushBuffer();
    }

    static boolean databaseUnavailable(Throwable e) {
        return org.jixiao.server.DatabaseFailures.unavailable(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
