package org.jixiao.server.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.jixiao.rendering.RenderFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answer carrying a file: its media type and a Content-Disposition that keeps a Chinese file name. */
final class Downloads {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private Downloads() {
    }

    static MediaType mediaType(RenderFormat format) {
        return switch (format) {
            case DOCX -> DOCX;
            case XLSX -> XLSX;
            case PDF -> MediaType.APPLICATION_PDF;
            case HTML -> MediaType.parseMediaType("text/html;charset=UTF-8");
        };
    }

    /**
     * A binary document has no character set: undo the UTF-8 that {@code server.servlet.encoding.force} set on
     * every response, which would otherwise give {@code application/pdf;charset=UTF-8}.
     */
    static void withoutForcedCharset(HttpServletResponse response, RenderFormat format) {
        if (format != RenderFormat.HTML) response.setCharacterEncoding((String) null);
    }

    /** The document as an attachment (PDF and HTML inline, so a browser shows them and prints them). */
    static ResponseEntity<byte[]> document(Documents.Rendered doc, String asciiName) {
        boolean inline = doc.format() == RenderFormat.PDF || doc.format() == RenderFormat.HTML;
        ResponseEntity<byte[]> answer = file(doc.content(), mediaType(doc.format()), inline, doc.fileName(), asciiName);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).eTag(doc.etag())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").body(answer.getBody());
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, boolean inline, String name, String asciiName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(inline ? "inline" : "attachment", name, asciiName))
                .body(content);
    }

    /**
     * {@code attachment; filename="ascii.pdf"; filename*=UTF-8''%E2%80%A6}: old clients take the ASCII name,
     * the others the UTF-8 one (RFC 6266 with RFC 5987 encoding).
     */
    static String contentDisposition(String type, String name, String asciiName) {
        String ascii = asciiName.replaceAll("[^A-Za-z0-9._-]", "_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    static String rfc5987(String value) {
        StringBuilder b = new StringBuilder();
        for (byte x : value.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
