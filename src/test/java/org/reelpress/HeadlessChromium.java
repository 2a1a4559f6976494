package org.reelpress;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
