package org.jixiao.server.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.security.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * job; {@code GET /api/v1/jobs} the newest jobs the account may see; {@code GET /api/v1/jobs/{id}} progress and
 * result; {@code GET /api/v1/jobs/{id}/result} a finished render job's documents as one zip.
 */
@RestController
class JobsApi {

    record DistrictJob(@Schema(description = "区县编号") Long districtId, @Schema(description = "年度；省略则为全部年度") Integer year) {}

    private final Jobs jobs;

    JobsApi(Jobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/api/v1/jobs/publish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "批量公开本区已审核通过的报告（本区财政审核人）")
    Job publish(@AuthenticationPrincipal SignedInUser user, @RequestBody DistrictJob request) {
        return jobs.enqueuePublish(user.account(), district(request), request.year());
    }

    @PostMapping("/api/v1/jobs/render")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "批量生成本区已公开报告的公文 DOCX（本区财政审核人或管理员）；完成后以 /result 下载")
    Job render(@AuthenticationPrincipal SignedInUser user, @RequestBody DistrictJob request) {
        return jobs.enqueueRender(user.account(), district(request), request.year());
    }

    @PostMapping("/api/v1/jobs/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "批量导入：上传各单位报告的 zip 压缩包（管理员）；压缩包存入数据库，任一实例均可执行")
    Job importZip(@AuthenticationPrincipal SignedInUser user, @RequestParam long districtId, @RequestParam MultipartFile file)
            throws IOException {
        return jobs.enqueueImport(user.account(), districtId, file.getOriginalFilename(), file.getInputStream());
    }

    @GetMapping("/api/v1/jobs")
    @Operation(summary = "本账户可查看的最近 50 个任务（发起的、本区的；管理员为全部），新的在前")
    List<Job> recent(@AuthenticationPrincipal SignedInUser user) {
        return jobs.recent(user.account());
    }

    @GetMapping("/api/v1/jobs/{id}")
    @Operation(summary = "任务的进度与结果（发起人、本区财政审核人或管理员）")
    Job get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return jobs.get(user.account(), id);
    }

    @GetMapping("/api/v1/jobs/{id}/result")
    @Operation(summary = "下载已完成的生成任务的全部公文（一个 zip 压缩包）；未完成时 409",
            responses = {
                    @ApiResponse(responseCode = "200", description = "zip 压缩包，每份已公开报告一个 DOCX",
                            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "409", description = "任务尚未完成或未能完成。The job is not finished, or failed.")})
    void result(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletResponse response) throws IOException {
        Jobs.Result result = jobs.result(user.account(), id); // access and state first: a problem is answered before any byte
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("application/zip");
        response.setCharacterEncoding((String) null); // a zip has no character set (server.servlet.encoding.force set UTF-8)
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(result.fileName(), result.asciiFileName()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        jobs.writeZip(result, response.getOutputStream());
    }

    /**
     * {@code attachment; filename="job-7-documents.zip"; filename*=UTF-8''%E6%BC%94…}: old clients take the ASCII name,
     * the others the UTF-8 one (RFC 6266 with RFC 5987 encoding).
     */
    static String attachment(String name, String asciiName) {
        String utf8 = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; "
                + utf8.substring(utf8.indexOf("filename*="));
    }

    private static long district(DistrictJob request) {
        if (request == null || request.districtId() == null) throw new Invalid("请写明区县编号 districtId。");
        return request.districtId();
    }
}
