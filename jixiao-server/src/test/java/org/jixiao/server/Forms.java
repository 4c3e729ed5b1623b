package org.jixiao.server;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a browser sends besides JSON: form posts, file uploads (multipart), raw bodies and deletes, with the CSRF header. */
public final class Forms {

    private Forms() {
    }

    /** A form post ({@code application/x-www-form-urlencoded}), as a page's form submits it. */
    public static HttpResponse<String> post(WebSession session, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return session.send(session.withCsrf(HttpRequest.newBuilder(URI.create(session.base() + path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart upload with one file and some fields. */
    public static HttpResponse<String> upload(WebSession session, String path, Map<String, String> fields, String fileField, String fileName,
            byte[] bytes) {
        String boundary = "----jixiao" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // A form that carries its own _csrf field (as the pages' forms do) is sent without the header.
        var request = HttpRequest.newBuilder(URI.create(session.base() + path));
        return session.send((fields.containsKey("_csrf") ? request : session.withCsrf(request))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    /** A raw body of the given content type. */
    public static HttpResponse<String> postBytes(WebSession session, String path, String contentType, byte[] body) {
        return session.send(session.withCsrf(HttpRequest.newBuilder(URI.create(session.base() + path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public static HttpResponse<String> delete(WebSession session, String path) {
        return session.send(session.withCsrf(HttpRequest.newBuilder(URI.create(session.base() + path))).DELETE().build());
    }

    /** Where a redirect points, without the host. */
    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
