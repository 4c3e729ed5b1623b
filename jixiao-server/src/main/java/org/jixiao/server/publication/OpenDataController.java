package org.jixiao.server.publication;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open data, no sign-in: {@code /open-data/reports/{id}.csv} and {@code …/{id}/datapackage.json} for a published
 * report, {@code /open-data/districts/{code}.csv} and {@code …/{code}/datapackage.json} for a district.
 */
@RestController
class OpenDataController {

    private final OpenData openData;

    OpenDataController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/open-data/reports/{id}.csv")
    ResponseEntity<byte[]> reportCsv(@PathVariable long id) {
        OpenData.CsvFile csv = openData.reportCsv(id);
        return Downloads.file(csv.content(), Downloads.CSV, false, csv.fileName(), "report-" + id + ".csv");
    }

    @GetMapping(value = "/open-data/reports/{id}/datapackage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> reportPackage(@PathVariable long id) {
        return openData.reportPackage(id, base());
    }

    @GetMapping("/open-data/districts/{code}.csv")
    ResponseEntity<byte[]> districtCsv(@PathVariable String code) {
        OpenData.CsvFile csv = openData.districtCsv(code);
        return Downloads.file(csv.content(), Downloads.CSV, false, csv.fileName(), "district-" + code + ".csv");
    }

    @GetMapping(value = "/open-data/districts/{code}/datapackage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> districtPackage(@PathVariable String code) {
        return openData.districtPackage(code, base());
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
