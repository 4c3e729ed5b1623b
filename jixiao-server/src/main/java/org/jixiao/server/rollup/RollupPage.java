package org.jixiao.server.rollup;

import java.time.Year;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 汇总 page {@code /review/rollup}: a reviewer's district by default; an administrator chooses level and code. */
@Controller
class RollupPage {

    private final Rollups rollups;

    RollupPage(Rollups rollups) {
        this.rollups = rollups;
    }

    @GetMapping("/review/rollup")
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "district") String level,
            @RequestParam(required = false) String code, @RequestParam(required = false) Integer year, Model model) {
        RollupLevel l = RollupApi.level(level);
        int y = year == null ? Year.now().getValue() - 1 : year;
        String c = code == null || code.isBlank() ? rollups.defaultCode(user.account(), l) : code;
        model.addAttribute("level", l);
        model.addAttribute("code", c);
        model.addAttribute("year", y);
        model.addAttribute("rollup", c == null ? null : rollups.rollup(user.account(), l, c, y));
        return "rollup";
    }
}
