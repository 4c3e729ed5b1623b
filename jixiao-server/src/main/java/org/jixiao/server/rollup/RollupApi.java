package org.jixiao.server.rollup;

import java.util.Locale;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/rollups?level=district|city|province&code=…&year=…}: the 汇总 as JSON. */
@RestController
class RollupApi {

    private final Rollups rollups;

    RollupApi(Rollups rollups) {
        this.rollups = rollups;
    }

    @GetMapping("/api/v1/rollups")
    Rollup rollup(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "district") String level,
            @RequestParam(required = false) String code, @RequestParam int year) {
        RollupLevel l = level(level);
        String c = code == null || code.isBlank() ? rollups.defaultCode(user.account(), l) : code;
        return rollups.rollup(user.account(), l, c, year);
    }

    static RollupLevel level(String level) {
        try {
            return RollupLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("汇总层级 level 应为 district、city 或 province，而不是“" + level + "”。");
        }
    }
}
