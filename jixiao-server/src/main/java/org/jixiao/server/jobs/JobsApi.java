package org.jixiao.server.jobs;

import java.io.IOException;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Long jobs: {@code POST /api/v1/jobs/publish {districtId, year}}, {@code POST /api/v1/jobs/render {districtId, year}},
 * {@code POST /api/v1/jobs/import} (multipart {@code districtId}, {@code file} = a zip), each answering 202 with the
 * job; {@code GET /api/v1/jobs/{id}} shows progress and result to the job's owner.
 */
@RestController
class JobsApi {

    record DistrictJob(Long districtId, Integer year) {}

    private final Jobs jobs;

    JobsApi(Jobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/api/v1/jobs/publish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Job publish(@AuthenticationPrincipal SignedInUser user, @RequestBody DistrictJob request) {
        return jobs.enqueuePublish(user.account(), district(request), request.year());
    }

    @PostMapping("/api/v1/jobs/render")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Job render(@AuthenticationPrincipal SignedInUser user, @RequestBody DistrictJob request) {
        return jobs.enqueueRender(user.account(), district(request), request.year());
    }

    @PostMapping("/api/v1/jobs/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Job importZip(@AuthenticationPrincipal SignedInUser user, @RequestParam long districtId, @RequestParam MultipartFile file)
            throws IOException {
        return jobs.enqueueImport(user.account(), districtId, file.getOriginalFilename(), file.getInputStream());
    }

    @GetMapping("/api/v1/jobs/{id}")
    Job get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return jobs.get(user.account(), id);
    }

    private static long district(DistrictJob request) {
        if (request == null || request.districtId() == null) throw new Invalid("请写明区县编号 districtId。");
        return request.districtId();
    }
}
