package org.jixiao.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the application under test, with the few verbs page tests need: open a path, sign in,
 * find by CSS, type, click, wait, read the browser console (CSP violations and script errors show there) and save
 * a screenshot for the documentation. {@link #driver()} gives the Selenium driver for anything else.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final String base;

    Browser(String base) {
        this.driver = Chromium.start();
        this.base = base;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. {@code /work}. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the form; lands wherever the application sends the user (see {@link #path()}). */
    public Browser signIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        click("#sign-in");
        waitUntil(d -> !path().equals("/login") || !driver.findElements(By.id("sign-in-failure")).isEmpty());
        return this;
    }

    /** Signs out through the form in the page header. */
    public Browser signOut() {
        click("form[action$='/logout'] button");
        waitUntil(d -> path().startsWith("/login"));
        return this;
    }

    /** The path (and query) of the current page, without the origin. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public String title() {
        return driver.getTitle();
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !all(css).isEmpty();
    }

    /** The visible text of the first element matching {@code css}. */
    public String text(String css) {
        return find(css).getText();
    }

    /** The visible text of the whole page. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /** Waits (up to 10 s) until the condition holds, e.g. {@code b.waitUntil(d -> b.has(".finding"))}. */
    public Browser waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition::apply);
        return this;
    }

    /** Waits until an element matching {@code css} contains {@code text}. */
    public Browser waitForText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** What the page wrote to the console since the last call (errors include refused inline scripts). */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    /**
     * Fails when the page logged a Content-Security-Policy violation, a script error or a resource it could not
     * load (a missing script, stylesheet or icon). The page's own status is not a console error here: a 404 page
     * is asserted by its content.
     */
    public Browser assertNoScriptErrors() {
        String self = driver.getCurrentUrl() + " ";
        assertThat(console()).as("browser console of " + path())
                .noneMatch(line -> (line.contains("Content Security Policy") || line.contains("Uncaught") || line.contains("SEVERE"))
                        && !line.contains(self));
        return this;
    }

    /**
     * Saves the page as {@code docs/images/<name>.png}, only when {@code -Djixiao.screenshots=true}, so that an
     * ordinary test run never changes the working tree (README, "Browser tests").
     */
    public Browser screenshot(String name) {
        if (!Boolean.getBoolean("jixiao.screenshots")) return this;
        Path dir = Path.of(System.getProperty("jixiao.docs.images", "../docs/images"));
        try {
            Files.createDirectories(dir);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Path target = dir.resolve(name + ".png");
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().setReadable(true, false); // the driver's temporary file is owner-only
            Files.deleteIfExists(shot);
        } catch (IOException e) {
            throw new UncheckedIOException("screenshot " + name, e);
        }
        return this;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Chromium.deleteProfile(driver);
        }
    }
}
