package org.jixiao.server.browser;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.server.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base class of the {@code *BrowserTests}: the application on a random port with the demo data (the three seed
 * reports in 演示区 and the demo accounts, password {@code demo}) on its own in-memory database, and real headless
 * Chromium browsers: {@link #as(String)} a signed-in user, {@link #anonymous()} a visitor. Browsers are closed after
 * each test. Subclasses share one application context (same configuration); a test that changes data adds
 * {@code @DirtiesContext(classMode = AFTER_CLASS)} or creates data of its own (docs/web.md, "浏览器测试").
 *
 * <p>Without Chromium the tests are skipped with the reason, unless {@code -Djixiao.test.requireBrowser=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(BrowserTest.ChromiumPresent.class)
public abstract class BrowserTest {

    /** The demo password of every demo account. */
    public static final String PASSWORD = "demo";

    @LocalServerPort protected int port;

    private final List<Browser> open = new ArrayList<>();

    /** A browser signed in as the demo user {@code username} (tianbao, fuze, qita, shenhe, admin), on /work. */
    protected Browser as(String username) {
        Browser browser = anonymous().signIn(username, PASSWORD);
        if (!browser.path().startsWith("/work")) {
            throw new IllegalStateException(username + " could not sign in: at " + browser.path() + ": " + browser.pageText());
        }
        return browser;
    }

    /** A browser nobody signed in to. */
    protected Browser anonymous() {
        Browser browser = new Browser("http://127.0.0.1:" + port);
        open.add(browser);
        return browser;
    }

    @AfterEach
    void closeBrowsers() {
        open.forEach(Browser::close);
        open.clear();
    }

    /** Skips (with the reason) when Chromium is missing and not required; lets the test fail when it is required. */
    static class ChromiumPresent implements ExecutionCondition {
        private static volatile boolean told;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Chromium.available()) return ConditionEvaluationResult.enabled("Chromium at " + Chromium.BROWSER);
            if (Chromium.required()) throw new IllegalStateException(Chromium.missing());
            if (!told) System.err.println("[jixiao] " + Chromium.missing());
            told = true;
            return ConditionEvaluationResult.disabled(Chromium.missing());
        }
    }
}
