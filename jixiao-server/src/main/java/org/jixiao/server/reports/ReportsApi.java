package org.jixiao.server.reports;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The read side of the reports JSON API, version 1. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApi {

    private final Reports reports;

    ReportsApi(Reports reports) {
        this.reports = reports;
    }

    @GetMapping
    List<ReportSummary> list() {
        return reports.list();
    }

    /** The current version in the canonical exchange format, byte for byte as stored. */
    @GetMapping("/{id}")
    ResponseEntity<?> report(@PathVariable long id) {
        return reports.currentJson(id)
                .<ResponseEntity<?>>map(json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json))
                .orElseGet(() -> notFound(id));
    }

    @GetMapping("/{id}/versions")
    ResponseEntity<?> versions(@PathVariable long id) {
        List<ReportVersion> history = reports.history(id);
        return history.isEmpty() ? notFound(id) : ResponseEntity.ok(history);
    }

    private static ResponseEntity<ProblemDetail> notFound(long id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的报告"));
    }
}
