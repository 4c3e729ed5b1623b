package org.jixiao.server.publication;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.server.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Document downloads: {@code /public/reports/{id}/document.{docx|pdf|xlsx|html}} (the published version, for
 * anyone) and {@code /reports/{id}/document.{fmt}} (the current version, for staff who may open the report).
 */
@Controller
class DocumentsController {

    private final Documents documents;

    DocumentsController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/public/reports/{id}/document.{format}")
    ResponseEntity<byte[]> published(@PathVariable long id, @PathVariable String format, HttpServletResponse response, WebRequest request) {
        Documents.Rendered doc = documents.published(id, format);
        Downloads.withoutForcedCharset(response, doc.format());
        // The published version may change (a correction): "no-cache" makes clients ask, the ETag lets them keep it.
        if (request.checkNotModified(doc.etag())) return null;
        return Downloads.document(doc, "report-" + id + "-published." + doc.format().extension());
    }

    @GetMapping("/reports/{id}/document.{format}")
    ResponseEntity<byte[]> current(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String format,
            HttpServletResponse response) {
        Documents.Rendered doc = documents.current(user.account(), id, format);
        Downloads.withoutForcedCharset(response, doc.format());
        return Downloads.document(doc, "report-" + id + "-current." + doc.format().extension());
    }

    @ExceptionHandler(Documents.DocumentUnavailable.class)
    ModelAndView unavailable(Documents.DocumentUnavailable e) {
        var page = new ModelAndView("problem");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", 503);
        page.addObject("detail", e.getMessage());
        page.addObject("details", java.util.List.of());
        return page;
    }
}
