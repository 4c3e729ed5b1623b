package org.jixiao.server.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the OpenAPI document says about the API as a whole. Operations are tagged by their path (so that an
 * endpoint added later lands in the right section without touching this class), grouped by audience, and
 * marked with the session cookie and, for state-changing methods, the CSRF header they need.
 */
@Configuration
class OpenApiConfiguration {

    /** The session cookie of Spring Session. */
    static final String SESSION = "session";
    /** The CSRF header every POST/PUT/PATCH/DELETE must carry (value from GET /api/v1/session). */
    static final String CSRF = "csrf";

    static {
        // The CSRF token is injected by Spring Security, not sent by the client as a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CsrfToken.class);
    }

    /** Section of the document by path, first match wins; anything else under /api/v1 is 其他 Other. */
    static final List<Section> SECTIONS = List.of(
            new Section("会话 Session", "当前登录用户与 CSRF 令牌。Who is signed in and the CSRF token.", "^/api/v1/session.*"),
            new Section("公开数据 Public", "无需登录：已公开的报告与开放数据。No sign-in: published reports and open data.", "^/api/v1/public(/.*)?$"),
            new Section("管理 Administration", "仅管理员：审计日志、年度、单位、用户、代码表。Administrators only.", "^/api/v1/admin(/.*)?$"),
            new Section("填报与编辑 Editing", "打开编辑器、试算核查（含由表格生成的情况说明语句）、保存修改、导入文档、上年数。"
                    + "Open, preview (with the drafted narrative), save, import, last year's figures.",
                    "^/api/v1/reports/\\{[^}]+\\}/(editor|preview|content|import|prior-year)(/.*)?$"),
            new Section("核查 Findings", "当前版本的核查结果与情况说明。Findings of the current version and explanations.",
                    "^/api/v1/reports/\\{[^}]+\\}/(findings|explanations)(/.*)?$"),
            new Section("流程 Workflow", "提交、退回、审核通过、公开、更正；审核意见与版本变更。Submit, return, approve, publish, reopen.",
                    "^/api/v1/reports/\\{[^}]+\\}/(readiness|submit|return|approve|publish|reopen|comments|changes)(/.*)?$"),
            new Section("审核 Review", "财政审核人的审核台与汇总。The reviewer's desk and roll-ups.", "^/api/v1/(review|districts|rollups)(/.*)?$"),
            new Section("批量任务 Jobs", "批量公开、批量生成文档（下载压缩包）、批量导入；任务进度。District publish, render (zip download) and import jobs.", "^/api/v1/jobs(/.*)?$"),
            new Section("报告 Reports", "本账户可查看的报告、其当前版本与历史版本。Reports the account may see.", "^/api/v1/reports(/.*)?$"));

    record Section(String name, String description, String pathRegex) {
        boolean matches(String path) {
            return Pattern.compile(pathRegex).matcher(path).matches();
        }
    }

    static final String OTHER = "其他 Other";

    /** The order of the sections in Swagger UI: the day's work first, administration last. */
    static final List<String> DISPLAY_ORDER = List.of("会话 Session", "报告 Reports", "填报与编辑 Editing", "核查 Findings",
            "流程 Workflow", "审核 Review", "批量任务 Jobs", "公开数据 Public", "管理 Administration");

    /** Title, description and security schemes; applied to each document (not an OpenAPI bean, which groups would share). */
    static void describe(OpenAPI openApi) {
        if (openApi.getComponents() == null) openApi.setComponents(new Components());
        openApi.getComponents()
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                        .name("SESSION")
                        .description("登录后的会话 Cookie：在 /login 以表单登录（username、password、_csrf），之后每个请求带上 SESSION。"
                                + " The session cookie set by the form sign-in at /login."))
                .addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                        .name("X-CSRF-TOKEN")
                        .description("每个 POST/PUT/PATCH/DELETE 必须带的 CSRF 令牌：GET /api/v1/session 返回 csrfHeader 与 csrfToken。"
                                + " Without it a state-changing request is refused with 403."));
        // Relative: the document is right behind a reverse proxy or on another port.
        openApi.setServers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/").description("本服务器 This server")));
        openApi
                .info(new Info().title("绩效 Jixiao API v1")
                        .version("v1")
                        .description("""
                                部门决算与绩效自评的 JSON 接口：报告、核查结果、填报编辑、审核流程与公开数据。\
                                访问规则在服务层执行：单位用户只能看到本单位的报告，审核人只能看到本区的报告，\
                                无权查看的报告一律返回 404（与不存在相同），能查看但无权执行的操作返回 403；未登录返回 401；缺少 CSRF 令牌的修改请求返回 403。\
                                错误以 application/problem+json 返回，detail 为中文说明。

                                The JSON API of Jixiao: reports, findings, editing, the review workflow and published data. \
                                Sign in through the form at /login (session cookie SESSION), read the CSRF token from \
                                GET /api/v1/session and send it in the X-CSRF-TOKEN header with every POST/PUT/PATCH/DELETE. \
                                A report the account may not see answers 404, like one that does not exist.""")
                        .license(new License().name("见仓库 README / see the repository README")));
    }

    /** Describes the API, tags every operation by its path and marks the session/CSRF requirements; for every group. */
    @Bean
    GlobalOpenApiCustomizer sectionsAndSecurity() {
        return openApi -> {
            describe(openApi);
            if (openApi.getPaths() == null) return;
            openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/")); // pages are not the API
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String section = sectionOf(path);
                operation.setTags(List.of(section));
                if (!path.startsWith("/api/v1/public")) {
                    var requirement = new SecurityRequirement().addList(SESSION);
                    if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET
                            && method != io.swagger.v3.oas.models.PathItem.HttpMethod.HEAD
                            && method != io.swagger.v3.oas.models.PathItem.HttpMethod.OPTIONS) {
                        requirement.addList(CSRF);
                    }
                    operation.setSecurity(List.of(requirement));
                }
                describeDenials(path, operation);
            }));
            // Only the sections this document uses, in the order of SECTIONS (idempotent: groups apply it too).
            var used = openApi.getPaths().values().stream().flatMap(i -> i.readOperations().stream())
                    .flatMap(o -> o.getTags().stream()).collect(java.util.stream.Collectors.toSet());
            var tags = new java.util.ArrayList<Tag>();
            SECTIONS.stream().filter(s -> used.contains(s.name())).sorted(java.util.Comparator.comparingInt(s -> DISPLAY_ORDER.indexOf(s.name())))
                    .forEach(s -> tags.add(new Tag().name(s.name()).description(s.description())));
            if (used.contains(OTHER)) tags.add(new Tag().name(OTHER).description("尚未归类的接口。Not yet in a section."));
            openApi.setTags(tags);
        };
    }

    private static void describeDenials(String path, Operation operation) {
        if (operation.getResponses() == null) return;
        if (!path.startsWith("/api/v1/public")) {
            operation.getResponses().computeIfAbsent("401", k -> new io.swagger.v3.oas.models.responses.ApiResponse()
                    .description("未登录。Not signed in."));
        }
        if (path.contains("{")) {
            operation.getResponses().computeIfAbsent("404", k -> new io.swagger.v3.oas.models.responses.ApiResponse()
                    .description("不存在，或本账户无权查看。Does not exist or not visible to this account."));
        }
    }

    static String sectionOf(String path) {
        return SECTIONS.stream().filter(s -> s.matches(path)).map(Section::name).findFirst().orElse(OTHER);
    }

    /** Everything, the default in Swagger UI. */
    @Bean
    GroupedOpenApi allEndpoints() {
        return GroupedOpenApi.builder().group("all").displayName("全部接口 All").pathsToMatch("/api/**").build();
    }

    /** What units and reviewers use day to day. */
    @Bean
    GroupedOpenApi workEndpoints() {
        return GroupedOpenApi.builder().group("work").displayName("填报与审核 Units and reviewers").pathsToMatch("/api/v1/**")
                .pathsToExclude("/api/v1/admin/**", "/api/v1/public/**").build();
    }

    @Bean
    GroupedOpenApi publicEndpoints() {
        return GroupedOpenApi.builder().group("public").displayName("公开数据 Public").pathsToMatch("/api/v1/public/**").build();
    }

    @Bean
    GroupedOpenApi adminEndpoints() {
        return GroupedOpenApi.builder().group("admin").displayName("管理 Administration").pathsToMatch("/api/v1/admin/**").build();
    }
}
