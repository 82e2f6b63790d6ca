package org.casebook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven by chromedriver, with the flags that work as root on these machines,
 * and numbered screenshots of each step under target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static final int WIDE = 1280;
    static final int NARROW = 400;
    private static final int HEIGHT = 1000;

    private final WebDriver driver;
    private final Path screenshots;
    private final Path downloads;
    private final Accessibility accessibility;
    private int step;

    private Browser(WebDriver driver, Path screenshots, Path downloads, Accessibility accessibility) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.downloads = downloads;
        this.accessibility = accessibility;
    }

    /** Starts chromium; fails with the fix when it is not installed (`.ci/run` installs it). */
    public static Browser start(String flow) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(/usr/bin/chromium, /usr/bin/chromedriver): run `bash .ci/run`, or `apt-get install chromium chromium-driver`");
        }
        try {
            Path profile = Files.createTempDirectory("casebook-chromium-");
            Path downloads = Files.createDirectories(Path.of("target", "downloads", flow)).toAbsolutePath();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots", flow));
            return new Browser(new ChromeDriver(service, options), screenshots, downloads, new Accessibility(flow));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Clicks and waits until the browser has left the current page (click() alone does not wait). */
    public void clickAndWait(By by) {
        WebElement element = find(by);
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(html));
    }

    public void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(fragment));
    }

    /**
     * Presses Tab until the element found by {@code target} has the focus, as a keyboard user would, and checks
     * that the focus is visible there (an outline); fails when {@code maxPresses} are not enough.
     */
    public WebElement tabTo(By target, int maxPresses) {
        WebElement wanted = find(target);
        for (int i = 0; i < maxPresses; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (focused.equals(wanted)) {
                String outline = focused.getCssValue("outline-style");
                if ("none".equals(outline)) {
                    throw new AssertionError(target + " has the focus without a visible outline");
                }
                return focused;
            }
        }
        throw new AssertionError(maxPresses + " presses of Tab did not reach " + target + "; the focus is on "
                + driver.switchTo().activeElement().getAttribute("outerHTML"));
    }

    /** Types into whatever has the focus. */
    public void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Enter on the focused link or button and waits until the browser has left the page. */
    public void enterAndWait() {
        WebElement html = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(html));
    }

    /** The page as chromium prints it (CDP Page.printToPDF), A4 portrait, backgrounds off as by default. */
    public byte[] printToPdf(String name) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        Pdf pdf = ((PrintsPage) driver).print(options);
        byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
        try {
            step++;
            Files.write(screenshots.resolve(String.format("%02d-%s.pdf", step, name)), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /**
     * A page the flow reached: axe checks it (failing on a serious or critical WCAG 2.1 AA violation), and it is
     * photographed 1280 and 400 pixels wide (03-issue-page.png, 03-issue-page-400.png).
     */
    public void page(String name) {
        List<String> violations = accessibility.blockingViolations(driver, name);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe: serious or critical WCAG 2.1 AA violations on " + name + " ("
                    + driver.getCurrentUrl() + "):\n" + String.join("\n", violations));
        }
        Path wide = screenshot(name);
        driver.manage().window().setSize(new Dimension(NARROW, HEIGHT));
        try {
            save(wide.resolveSibling(wide.getFileName().toString().replace(".png", "-" + NARROW + ".png")));
        } finally {
            driver.manage().window().setSize(new Dimension(WIDE, HEIGHT));
        }
    }

    /** Saves a screenshot of the whole page (not only the window) named after the step, e.g. 03-issue-page.png. */
    public Path screenshot(String name) {
        step++;
        return save(screenshots.resolve(String.format("%02d-%s.png", step, name)));
    }

    private Path save(Path file) {
        try {
            Files.write(file, wholePage());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CDP Page.captureScreenshot beyond the viewport, clipped to the page's size (at most 8000 pixels high). */
    private byte[] wholePage() {
        if (!(driver instanceof HasCdp cdp)) {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        }
        Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
        Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
