package org.jixiao.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
// Changes data (or sign-in failures) that a later class sharing this cached context must not see.
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class SignInIntegrationTests {

    @LocalServerPort int port;

    @Test
    void aDemoAccountSignsInAndSeesItsRole() {
        var session = WebSession.signedIn(port, "shenhe");

        var me = WebSession.json(session.get("/api/v1/session"));

        assertThat(me.get("role").asText()).isEqualTo("REVIEWER");
        assertThat(me.get("roleLabel").asText()).isEqualTo("财政审核人");
        assertThat(session.get("/work").body()).contains("演示审核人", "财政审核人", "演示试验单位");
    }

    @Test
    void aWrongPasswordIsRefusedInChinese() {
        var session = new WebSession(port);

        var response = session.signIn("fuze", "wrong");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(session.get("/login?error").body()).contains("用户名或密码不正确");
    }

    @Test
    void fiveFailuresLockTheNameEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) new WebSession(port).signIn("admin", "guess" + i);

        var session = new WebSession(port);
        var response = session.signIn("admin", "demo");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(session.get("/login?error").body()).contains("登录失败次数过多", "暂时锁定");
        assertThat(session.get("/api/v1/session").statusCode()).isEqualTo(401);
        // Another name is not affected.
        assertThat(WebSession.signedIn(port, "tianbao").get("/api/v1/session").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() {
        var session = WebSession.signedIn(port, "tianbao");

        var out = session.send(session.withCsrf(java.net.http.HttpRequest.newBuilder(java.net.URI.create(session.base() + "/logout")))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(session.get("/api/v1/reports").statusCode()).isEqualTo(401);
    }
}
