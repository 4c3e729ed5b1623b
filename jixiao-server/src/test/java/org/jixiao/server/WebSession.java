package org.jixiao.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A browser-less user of the running server: its own cookie jar, sign-in through the real form with the CSRF
 * token from the page, and JSON calls that send the CSRF header as the pages' scripts do.
 */
public final class WebSession {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http;
    private String csrfHeader = "X-CSRF-TOKEN";
    private String csrfToken;

    public WebSession(int port) {
        this.base = "http://127.0.0.1:" + port;
        var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A session on another instance (another port) carrying this session's cookies and CSRF token, as a load
     * balancer would send the same browser to a different instance.
     */
    public WebSession(int port, WebSession sameBrowser) {
        this.base = "http://127.0.0.1:" + port;
        this.http = sameBrowser.http;
        this.csrfHeader = sameBrowser.csrfHeader;
        this.csrfToken = sameBrowser.csrfToken;
    }

    /** Signs in through the form; returns the response of the form post (a redirect on success). */
    public HttpResponse<String> signIn(String username, String password) {
        String page = get("/login").body();
        var m = META_CSRF.matcher(page);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        var response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() == 302 && !response.headers().firstValue("Location").orElse("").contains("error")) {
            JsonNode session = json(get("/api/v1/session"));
            csrfHeader = session.get("csrfHeader").asText();
            csrfToken = session.get("csrfToken").asText();
        }
        return response;
    }

    /**
     * Takes the CSRF token from the {@code <meta name="_csrf">} of a page (for example {@code /login}), as a
     * script on that page would; lets an anonymous session send state-changing requests with a valid token.
     */
    public WebSession withCsrfFrom(String pagePath) {
        var m = META_CSRF.matcher(get(pagePath).body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on " + pagePath);
        csrfToken = m.group(1);
        return this;
    }

    public static WebSession signedIn(int port, String username) {
        var session = new WebSession(port);
        var response = session.signIn(username, "demo");
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + response.statusCode() + " " + location);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A download: the body as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    public HttpResponse<String> post(String path, Object body) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public HttpResponse<String> put(String path, Object body) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    /** A POST without the CSRF header, as a forged cross-site request would arrive. */
    public HttpResponse<String> postWithoutCsrf(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    public HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        return csrfToken == null ? builder : builder.header(csrfHeader, csrfToken);
    }

    public String base() {
        return base;
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
