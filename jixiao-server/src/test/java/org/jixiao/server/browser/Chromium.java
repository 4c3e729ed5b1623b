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
 * other locations with {@code -Djixiao.chromium=…} and {@code -Djixiao.chromedriver=…}. One chromedriver process
 * serves every browser of the test JVM; each browser gets a fresh profile directory.
 */
public final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("jixiao.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("jixiao.chromedriver", "/usr/bin/chromedriver"));

    private static ChromeDriverService service;

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
        var driver = new ChromeDriver(service(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        PROFILES.put(driver, profile);
        return driver;
    }

    private static synchronized ChromeDriverService service() {
        if (service == null || !service.isRunning()) {
            service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            try {
                service.start();
            } catch (IOException e) {
                throw new UncheckedIOException("chromedriver did not start: " + DRIVER, e);
            }
            ChromeDriverService started = service;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "chromedriver-stop"));
        }
        return service;
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
