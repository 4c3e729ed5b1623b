package org.jixiao.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The administrator keeps a code list on the 代码表 page in real Chromium: adds a 项 code, renames it, is refused
 * removing a 款 that has 项 under it, removes the new code after confirming, and uploads a CSV with a bad line that
 * is refused line by line with nothing changed; then a good one.
 */
@TestPropertySource(properties = "jixiao.demo.location=classpath*:demo-test/*.json")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // changes the 2021 list
class CodeListBrowserTests extends BrowserTest {

    @Test
    void theAdministratorAddsRenamesRemovesAndImportsCodes() throws Exception {
        Browser admin = as("admin");
        admin.open("/admin/codes?year=2021&scheme=FUNCTIONAL&q=20103");
        assertThat(admin.has("#codes tr[data-code='2010301']")).isTrue();
        assertThat(admin.has("#codes tr[data-code='2010388']")).isFalse();

        admin.type("#add-code input[name='code']", "2010388");
        admin.type("#add-code input[name='name']", "数据治理事务");
        admin.click("#add-code button[type='submit']");
        admin.waitForText("#notice", "已新增编码 2010388 数据治理事务");
        assertThat(admin.text("#codes tr[data-code='2010388'] .code-name")).isEqualTo("数据治理事务");

        admin.type("#codes tr[data-code='2010388'] .rename-code input[name='name']", "数据治理与开放事务");
        admin.click("#codes tr[data-code='2010388'] .rename-code button");
        admin.waitForText("#notice", "编码 2010388 已改名为“数据治理与开放事务”");
        assertThat(admin.text("#codes tr[data-code='2010388'] .code-name")).isEqualTo("数据治理与开放事务");
        assertThat(admin.path()).as("back to the list as it was shown").isEqualTo("/admin/codes?year=2021&scheme=FUNCTIONAL&q=2010388");

        // A 款 with 项 under it: asked, confirmed, refused with the reason.
        admin.open("/admin/codes?year=2021&scheme=FUNCTIONAL&q=20103");
        admin.click("#codes tr[data-code='20103'] .remove-code button");
        accept(admin);
        admin.waitForText("#error", "下级科目");
        assertThat(admin.has("#codes tr[data-code='20103']")).isTrue();

        // Dismissing the question sends nothing; confirming removes the code.
        admin.click("#codes tr[data-code='2010388'] .remove-code button");
        new WebDriverWait(admin.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(admin.has("#codes tr[data-code='2010388']")).isTrue();
        admin.click("#codes tr[data-code='2010388'] .remove-code button");
        accept(admin);
        admin.waitForText("#notice", "已从2021年支出功能分类中删除编码 2010388");
        assertThat(admin.has("#codes tr[data-code='2010388']")).isFalse();

        // A CSV with a bad line: refused line by line, nothing changed.
        Path bad = Files.createTempFile("codes-bad", ".csv");
        Path good = Files.createTempFile("codes-good", ".csv");
        try {
            Files.writeString(bad, "编码,名称\n2010387,统计事务\n20103x9,坏编码\n", StandardCharsets.UTF_8);
            admin.find("#import-codes input[type='file']").sendKeys(bad.toString());
            admin.click("#import-codes button[type='submit']");
            admin.waitForText("#error", "导入未执行");
            assertThat(admin.text("#error")).contains("第3行：编码“20103x9”无效");
            admin.open("/admin/codes?year=2021&scheme=FUNCTIONAL&q=20103");
            assertThat(admin.has("#codes tr[data-code='2010387']")).isFalse();

            Files.writeString(good, "编码,名称\n2010387,统计事务\n", StandardCharsets.UTF_8);
            admin.find("#import-codes input[type='file']").sendKeys(good.toString());
            admin.click("#import-codes button[type='submit']");
            admin.waitForText("#notice", "新增 1 条");
            admin.open("/admin/codes?year=2021&scheme=FUNCTIONAL&q=2010387");
            assertThat(admin.text("#codes tr[data-code='2010387'] .code-name")).isEqualTo("统计事务");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
        assertThat(admin.driver().findElements(By.cssSelector("#codes tr[data-code]"))).hasSize(1);
        admin.assertNoScriptErrors();
    }

    private static void accept(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
    }
}
