package docket.e2e;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for the end-to-end tests. Needs Debian's chromium and chromium-driver (.ci/run
 * installs them); without them a test is skipped, saying so.
 */
final class Chromium {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final File BINARY = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    static WebDriver start(Dimension size) throws IOException {
        assumeTrue(BINARY.canExecute() && DRIVER.canExecute(),
                "install chromium and chromium-driver to run the end-to-end test (see .ci/run)");
        ChromeOptions options = new ChromeOptions().setBinary(BINARY).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
        browser.manage().window().setSize(size);
        return browser;
    }
}
