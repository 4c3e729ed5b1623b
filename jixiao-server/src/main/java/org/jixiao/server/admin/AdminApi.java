package org.jixiao.server.admin;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jixiao.codes.CodeEntry;
import org.jixiao.codes.Scheme;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.security.SignedInUser;
import org.jixiao.server.units.District;
import org.jixiao.server.years.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 系统管理 over the JSON API (ROLE_ADMIN by the security rules, and again in {@link Administration}). */
@RestController
@RequestMapping("/api/v1/admin")
class AdminApi {

    private final Administration admin;
    private final CodeListAdministration codeLists;

    AdminApi(Administration admin, CodeListAdministration codeLists) {
        this.admin = admin;
        this.codeLists = codeLists;
    }

    record YearRequest(Integer year, Boolean open) {}

    record DistrictRequest(String code, String name, String region) {}

    record UnitRequest(String code, String name, Long districtId) {}

    record NameRequest(String name) {}

    record PasswordRequest(String password) {}

    /** A code to add: the year and scheme of the list, the code and its name; level and parent optional (they follow from the code). */
    record CodeRequest(Integer year, Scheme scheme, String code, String name, Integer level, String parent) {}

    /** An account as the API shows it: no password hash, the scope in words and whether it can sign in. */
    record UserView(String username, String displayName, String role, String roleLabel, String scope, boolean enabled) {
        static UserView of(UserRow row) {
            var a = row.account();
            return new UserView(a.username(), a.displayName(), a.role().name(), a.role().label(), row.scopeLabel(), row.enabled());
        }
    }

    record UnitView(long id, String code, String name, long districtId, String districtCode, String districtName) {
        static UnitView of(UnitRow row) {
            return new UnitView(row.unit().id(), row.unit().code(), row.unit().name(), row.district().id(), row.district().code(),
                    row.district().name());
        }
    }

    @GetMapping("/years")
    List<FiscalYear> years(@AuthenticationPrincipal SignedInUser user) {
        return admin.years(user.account());
    }

    @PostMapping("/years")
    @ResponseStatus(HttpStatus.CREATED)
    FiscalYear addYear(@AuthenticationPrincipal SignedInUser user, @RequestBody YearRequest request) {
        if (request.year() == null) throw new Invalid("请给出年度（year）。");
        return admin.addYear(user.account(), request.year());
    }

    @PutMapping("/years/{year}")
    FiscalYear setOpen(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, @RequestBody YearRequest request) {
        if (request.open() == null) throw new Invalid("请给出 open（true 开放，false 关闭）。");
        admin.setYearOpen(user.account(), year, request.open());
        return new FiscalYear(year, request.open());
    }

    @GetMapping("/districts")
    List<District> districts(@AuthenticationPrincipal SignedInUser user) {
        return admin.districts(user.account());
    }

    @PostMapping("/districts")
    @ResponseStatus(HttpStatus.CREATED)
    District addDistrict(@AuthenticationPrincipal SignedInUser user, @RequestBody DistrictRequest request) {
        return admin.addDistrict(user.account(), request.code(), request.name(), request.region());
    }

    @PutMapping("/districts/{id}")
    Map<String, Object> renameDistrict(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody NameRequest request) {
        admin.renameDistrict(user.account(), id, request.name());
        return Map.of("id", id, "name", request.name().strip());
    }

    @GetMapping("/units")
    List<UnitView> units(@AuthenticationPrincipal SignedInUser user) {
        return admin.units(user.account()).stream().map(UnitView::of).toList();
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    Object addUnit(@AuthenticationPrincipal SignedInUser user, @RequestBody UnitRequest request) {
        if (request.districtId() == null) throw new Invalid("请给出单位所属区的编号（districtId）。");
        return admin.addUnit(user.account(), request.code(), request.name(), request.districtId());
    }

    @PutMapping("/units/{id}")
    Map<String, Object> renameUnit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody NameRequest request) {
        admin.renameUnit(user.account(), id, request.name());
        return Map.of("id", id, "name", request.name().strip());
    }

    /** The CSV as the request body ({@code text/csv}); see {@link Administration#importUnits}. */
    @PostMapping(path = "/units/import", consumes = {"text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    UnitImport importUnits(@AuthenticationPrincipal SignedInUser user, @RequestBody byte[] csv) {
        return admin.importUnits(user.account(), csv);
    }

    /** The CSV as a form upload (field {@code file}). */
    @PostMapping(path = "/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UnitImport importUnitsUpload(@AuthenticationPrincipal SignedInUser user, @RequestParam MultipartFile file) throws IOException {
        return admin.importUnits(user.account(), file.getBytes());
    }

    @GetMapping("/users")
    List<UserView> users(@AuthenticationPrincipal SignedInUser user) {
        return admin.users(user.account()).stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView createUser(@AuthenticationPrincipal SignedInUser user, @RequestBody NewUser request) {
        var created = admin.createUser(user.account(), request);
        return admin.users(user.account()).stream().filter(r -> r.account().username().equals(created.username())).findFirst()
                .map(UserView::of).orElseThrow();
    }

    @PutMapping("/users/{username}/password")
    Map<String, Object> resetPassword(@AuthenticationPrincipal SignedInUser user, @PathVariable String username,
            @RequestBody PasswordRequest request) {
        admin.resetPassword(user.account(), username, request.password());
        return Map.of("username", username, "enabled", true);
    }

    @PostMapping("/users/{username}/disable")
    Map<String, Object> disable(@AuthenticationPrincipal SignedInUser user, @PathVariable String username) {
        admin.disable(user.account(), username);
        return Map.of("username", username, "enabled", false);
    }

    @DeleteMapping("/users/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String username) {
        admin.removeUser(user.account(), username);
    }

    @Operation(summary = "查看代码表：某年度的支出功能分类或经济分类，可按编码开头或名称查找")
    @GetMapping("/codes")
    List<CodeEntry> codes(@AuthenticationPrincipal SignedInUser user, @RequestParam int year, @RequestParam Scheme scheme,
            @RequestParam(required = false) String q) {
        return admin.codes(user.account(), year, scheme, q);
    }

    @Operation(summary = "新增编码（级次与上级编码由编码推出；上级须已在代码表中）")
    @PostMapping("/codes")
    @ResponseStatus(HttpStatus.CREATED)
    CodeEntry addCode(@AuthenticationPrincipal SignedInUser user, @RequestBody CodeRequest request) {
        return codeLists.add(user.account(), request.year(), request.scheme(), request.code(), request.name(), request.level(), request.parent());
    }

    @Operation(summary = "编码改名")
    @PutMapping("/codes/{year}/{scheme}/{code}")
    CodeEntry renameCode(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, @PathVariable Scheme scheme,
            @PathVariable String code, @RequestBody NameRequest request) {
        return codeLists.rename(user.account(), year, scheme, code, request.name());
    }

    @Operation(summary = "删除编码（有下级科目或被报告使用时拒绝）")
    @DeleteMapping("/codes/{year}/{scheme}/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeCode(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, @PathVariable Scheme scheme, @PathVariable String code) {
        codeLists.remove(user.account(), year, scheme, code);
    }

    /** The CSV as the request body ({@code text/csv}); see {@link CodeListAdministration#importList}. */
    @Operation(summary = "从 CSV 导入某年度代码表（编码,名称；全部正确才写入）")
    @PostMapping(path = "/codes/import", consumes = {"text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    CodeImport importCodes(@AuthenticationPrincipal SignedInUser user, @RequestParam Integer year, @RequestParam Scheme scheme,
            @RequestBody byte[] csv) {
        return codeLists.importList(user.account(), year, scheme, null, csv);
    }

    /** The CSV as a form upload (fields {@code year}, {@code scheme}, {@code file}). */
    @Operation(summary = "从上传的 CSV 文件导入某年度代码表")
    @PostMapping(path = "/codes/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CodeImport importCodesUpload(@AuthenticationPrincipal SignedInUser user, @RequestParam Integer year, @RequestParam Scheme scheme,
            @RequestParam MultipartFile file) throws IOException {
        return codeLists.importList(user.account(), year, scheme, file.getOriginalFilename(), file.getBytes());
    }
}
