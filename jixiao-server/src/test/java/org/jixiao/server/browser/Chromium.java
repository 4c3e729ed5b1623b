package org.jixiao.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (apt-get install chromium chromium-driver);
 * other locations with {@code -Djixiao.chromium=…} and {@code -Djixiao.chromedriver=…}. Each browser gets its own
 * chromedriver process (stopped when the browser quits) and a fresh profile directory.
 */
public final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("jixiao.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("jixiao.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** {@code -Djixiao.test.requireBrowser=true} (set by .ci/run): a missing browser fails instead of skipping. */
    public static boolean required() {
        return Boolean.getBoolean("jixiao.test.requireBrowser");
    }

    static String missing() {
        return "Chromium or chromedriver not found (" + BROWSER + ", " + DRIVER + "): browser tests "
                + (required() ? "cannot run and -Djixiao.test.requireBrowser=true makes that a failure. " : "skipped. ")
                + "Install them with 'apt-get install chromium chromium-driver' (Debian), or point -Djixiao.chromium and "
                + "-Djixiao.chromedriver at them.";
    }

    /** A new headless browser with its own empty profile, 1280×900 so that screenshots show a desktop page. */
    static ChromeDriver start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("jixiao-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // One chromedriver per browser: Selenium stops a driver's service when the driver quits, so a service shared
        // by several browsers would die with the first one closed and leave the others without their driver.
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        PROFILES.put(driver, profile);
        return driver;
    }

    /** The profile directory of each running browser, removed by {@link Browser#close()}. */
    static final Map<ChromeDriver, Path> PROFILES = new java.util.concurrent.ConcurrentHashMap<>();

    static void deleteProfile(ChromeDriver driver) {
        Path profile = PROFILES.remove(driver);
        if (profile == null) return;
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
