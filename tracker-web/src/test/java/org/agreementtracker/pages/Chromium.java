package org.agreementtracker.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's chromium, headless, driven through its own chromedriver: both at fixed paths, so that Selenium never
 * downloads a browser or a driver (Selenium Manager). A fresh profile per browser. Without them a browser test fails
 * and says how to install them: a browser test that skips would pass without having looked at a page.
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where each page's screenshot goes, for a person to look at (tracker-web/target/screenshots). */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    private Chromium(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    static Chromium start(int port) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            fail("The browser tests need Debian's chromium and chromedriver at " + BROWSER + " and " + DRIVER
                         + "; install them with: sudo apt-get install -y chromium chromium-driver"
                         + " (.ci/run does this when they are missing)");
        }
        try {
            Path profile = Files.createTempDirectory("tracker-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                                 "--disable-sync", "--window-size=1280,800", "--lang=en-GB",
                                 "--user-data-dir=" + profile);
            // the console, where Chromium reports what the Content-Security-Policy refused
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Does something that loads another page (a click on a link or button, Enter in a field, a script's submit) and
     * waits until that page has loaded: WebDriver returns from a click or a key as soon as it is dispatched, so the
     * next look at the page could otherwise still see the old one.
     */
    void navigate(Runnable action) {
        // A mark on the old page's window, gone once another document has loaded. Watching the old <html> element
        // go stale instead races: Chromium may answer "node does not belong to the document", which is no
        // StaleElementReferenceException, while the old page is being torn down.
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("window.trackerPageBeforeNavigation = true");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class) // the script may land while one document gives way to the next
                .until(browser -> Boolean.TRUE.equals(page.executeScript(
                        "return window.trackerPageBeforeNavigation === undefined"
                                + " && document.readyState === 'complete'")));
    }

    /** Logs in through the login page as a person would; a fresh session first. */
    void logIn(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        navigate(() -> find("button[type=submit]").click());
        // the login answers with a redirect: to the board, or back to the form with an error
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(browser -> !path().equals("/login"));
    }

    /** The session cookie of the pages, as the browser holds it. */
    String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** What the pages wrote to the console since the last call: CSP refusals and script errors among them. */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                     .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The whole page (not only the window) as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Object height = ((ChromeDriver) driver).executeScript("return document.documentElement.scrollHeight");
            int full = Math.min(6000, Math.max(window.getHeight(), ((Number) height).intValue()));
            driver.manage().window().setSize(new Dimension(window.getWidth(), full));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is no failure of the pages
        }
    }
}
