package org.jixiao.server.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (登录), with the reason of the last failure. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn(HttpSession session, Model model) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof AuthenticationException e) {
            model.addAttribute("failure", e.getMessage() == null || e.getMessage().isBlank() ? "用户名或密码不正确。" : e.getMessage());
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        return "login";
    }
}
