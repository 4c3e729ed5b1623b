package org.jixiao.server.publication;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API (no sign-in): the published reports, one published version as canonical JSON
 * (docs/report-format.md), and the data of its charts.
 */
@RestController
@RequestMapping("/api/v1/public/reports")
class PublicApi {

    private final PublishedReports published;
    private final Charts charts;

    PublicApi(PublishedReports published, Charts charts) {
        this.published = published;
        this.charts = charts;
    }

    /** The published reports, narrowed by district code, unit id and fiscal year. */
    @GetMapping
    List<PublishedEntry> list(@RequestParam(required = false) String district, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Integer year) {
        return published.list(district, unit, year);
    }

    /** The published version of a report as canonical JSON; 404 when nothing of it is published. */
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> report(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(published.canonicalJson(id));
    }

    /** What the report page's charts draw. */
    @GetMapping("/{id}/charts")
    Charts.ChartData charts(@PathVariable long id) {
        return charts.of(id);
    }
}
