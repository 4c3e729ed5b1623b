package org.jixiao.server.security;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.server.accounts.Accounts;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which paths need a signed-in user, how sign-in works, and the headers every answer carries. Everything under
 * {@code /public}, {@code /open-data}, {@code /api/v1/public} and the static assets is open; the rest needs a
 * session. API calls without one get 401 with a JSON problem instead of a redirect to the sign-in page.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** Paths anyone may request. */
    static final String[] OPEN = {
        "/", "/login", "/public", "/public/**", "/open-data/**", "/api/v1/public/**",
        "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/v3/api-docs.yaml/**",
        "/swagger-ui/**", "/swagger-ui.html"
    };

    /**
     * Scripts only from this origin (no inline script anywhere), so that text a user typed — a unit name, a
     * narrative paragraph — can never run even if an escaping were missed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(new AccountDetailsService(accounts), encoder, throttle);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ThrottledAuthenticationProvider provider) throws Exception {
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        http.authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/work", false).failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(jsonStatus(401, "请先登录。"), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(jsonDenied(), api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // CSRF stays on for every state-changing request, the API included: pages send the token from their
        // <meta name="_csrf"> in the X-CSRF-TOKEN header; scripts read it from GET /api/v1/session.
        return http.build();
    }

    private static AuthenticationEntryPoint jsonStatus(int status, String detail) {
        return (request, response, e) -> writeProblem(response, status, detail);
    }

    private static AccessDeniedHandler jsonDenied() {
        return (request, response, e) -> writeProblem(response, 403,
                e.getClass().getSimpleName().contains("Csrf") ? "请求缺少有效的 CSRF 令牌，请刷新页面后重试。" : "您没有执行此操作的权限。");
    }

    private static void writeProblem(HttpServletResponse response, int status, String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        String body = "{\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
