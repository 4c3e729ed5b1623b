package org.jixiao.server.security;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.jixiao.server.accounts.Account;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and the CSRF token a script must send with every state-changing request. */
@RestController
class SessionApi {

    @Operation(summary = "当前登录用户与 CSRF 令牌")
    @GetMapping("/api/v1/session")
    Map<String, Object> session(@AuthenticationPrincipal SignedInUser user, CsrfToken csrf) {
        Account account = user.account();
        return Map.of("username", account.username(), "displayName", account.displayName(), "role", account.role().name(),
                "roleLabel", account.role().label(), "csrfHeader", csrf.getHeaderName(), "csrfToken", csrf.getToken());
    }
}
