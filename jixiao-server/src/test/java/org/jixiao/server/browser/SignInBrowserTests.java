package org.jixiao.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signing in and out in a real browser: the failure message, landing on 我的工作台, the session ending. */
class SignInBrowserTests extends BrowserTest {

    @Test
    void aWrongPasswordSaysSoAndStaysOnTheSignInPage() {
        Browser browser = anonymous().open("/login").screenshot("web-login").signIn("fuze", "not-the-password");

        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.text("#sign-in-failure")).contains("用户名或密码不正确");
        assertThat(browser.has("#my-reports")).isFalse();
        browser.assertNoScriptErrors();
    }

    @Test
    void signingInLandsOnTheWorkListAndSigningOutEndsTheSession() {
        Browser browser = as("tianbao");

        assertThat(browser.path()).isEqualTo("/work");
        assertThat(browser.title()).contains("我的工作台");
        assertThat(browser.text(".site-header .who")).contains("演示填报人", "单位填报人");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?signedOut");
        assertThat(browser.pageText()).contains("您已退出登录");
        browser.open("/work");
        assertThat(browser.path()).as("after signing out /work asks to sign in again").isEqualTo("/login");
        browser.assertNoScriptErrors();
    }
}
