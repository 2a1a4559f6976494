package org.reelpress;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the installed Chromium without a window, driven by the installed chromedriver.
 * {@code -Dreelpress.chromium=...} and {@code -Dreelpress.chromedriver=...} point at other
 * binaries; without them the Debian packages' places are used. A missing browser fails the
 * test rather than skipping it, so that a build without one cannot pass unseen.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A new browser that keeps its profile in {@code profile}; quit it when done. */
    public static WebDriver start(Path profile) {
        Path chromium = executable("reelpress.chromium", "/usr/bin/chromium");
        Path chromedriver = executable("reelpress.chromedriver", "/usr/bin/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }

    /**
     * A browser for each test of a class, started before it with a fresh profile and quit after it:
     * {@code @RegisterExtension final HeadlessChromium.Session chromium = new HeadlessChromium.Session(b -> browser = b);}
     */
    public static final class Session implements BeforeEachCallback, AfterEachCallback {

        private final Consumer<WebDriver> started;
        private WebDriver browser;
        private Path profile;

        public Session(Consumer<WebDriver> started) {
            this.started = started;
        }

        @Override
        public void beforeEach(ExtensionContext context) throws IOException {
            profile = Files.createTempDirectory("reelpress-chromium-");
            browser = start(profile);
            started.accept(browser);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (browser != null) {
                browser.quit();
                browser = null;
            }
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    private static Path executable(String property, String debianPlace) {
        Path path = Path.of(System.getProperty(property, debianPlace));
        if (!Files.isExecutable(path)) {
            fail("Browser tests need " + path + ", which is missing or not executable. Install Chromium and "
                    + "its chromedriver (Debian: apt-get install chromium chromium-driver), or name the binary "
                    + "with -D" + property + "=/path/to/it");
        }
        return path;
    }
}
