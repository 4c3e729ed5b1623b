package org.jixiao.server.filing;

import java.io.IOException;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.Problem;
import org.jixiao.server.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 新建报告: the page under 我的工作台 and the API ({@code POST /api/v1/reports}, JSON or multipart with a document). */
@Controller
class FilingPages {

    private final ReportFiling filing;

    FilingPages(ReportFiling filing) {
        this.filing = filing;
    }

    @GetMapping("/work/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("years", filing.openYears());
        model.addAttribute("units", filing.units(user.account()));
        return "filing/new";
    }

    @PostMapping("/work/new")
    String create(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
        try {
            if (year == null) throw new Invalid("请选择年度。");
            Created created = file == null || file.isEmpty() ? filing.createEmpty(user.account(), unitId, year)
                    : filing.createFromDocument(user.account(), unitId, year, file.getOriginalFilename(), bytes(file));
            return "redirect:/reports/" + created.id();
        } catch (Problem problem) {
            flash.addFlashAttribute("error", problem.getMessage());
            return "redirect:/work/new";
        }
    }

    record NewReport(Integer fiscalYear, Long unitId) {}

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created createApi(@AuthenticationPrincipal SignedInUser user, @RequestBody NewReport request) {
        if (request.fiscalYear() == null) throw new Invalid("请给出年度（fiscalYear）。");
        return filing.createEmpty(user.account(), request.unitId(), request.fiscalYear());
    }

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created importApi(@AuthenticationPrincipal SignedInUser user, @RequestParam int fiscalYear, @RequestParam(required = false) Long unitId,
            @RequestParam MultipartFile file) {
        return filing.createFromDocument(user.account(), unitId, fiscalYear, file.getOriginalFilename(), bytes(file));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new Invalid("上传的文件无法读取，请重新上传。");
        }
    }

}
