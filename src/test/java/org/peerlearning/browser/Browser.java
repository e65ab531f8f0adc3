package org.peerlearning.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does in the browser, in their words: visit a page, sign in, switch language or
 * organization, sign out. Every page reached is checked with axe and photographed into
 * {@code target/screenshots/<journey>/}, so each new journey gets both for free.
 */
public final class Browser {

	static final String DEMO_PASSWORD = "Demo-Password-1";

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path screenshots;

	private int pages;

	Browser(ChromeDriver driver, String baseUrl, Path screenshots) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.screenshots = screenshots;
	}

	/** Opens a path of the application, like typing it in the address bar. */
	public Browser visit(String path) {
		driver.get(baseUrl + path);
		arrived();
		return this;
	}

	/** Signs in with the demo password and expects to land on a signed-in page. */
	public Browser signIn(String email) {
		attemptSignIn(email, DEMO_PASSWORD);
		assertThat(signedIn()).as("signed in as %s, now on %s", email, path()).isTrue();
		return this;
	}

	/** Fills in the sign-in form and submits it, whatever the outcome. */
	public Browser attemptSignIn(String email, String password) {
		if (driver.findElements(By.id("email")).isEmpty()) {
			visit("/login");
		}
		WebElement emailField = driver.findElement(By.id("email"));
		emailField.clear();
		emailField.sendKeys(email);
		WebElement passwordField = driver.findElement(By.id("password"));
		passwordField.clear();
		passwordField.sendKeys(password);
		navigates(() -> passwordField.sendKeys(Keys.ENTER));
		return this;
	}

	/** Picks a language with the links in the header ({@code en} or {@code fr}). */
	public Browser switchLanguage(String language) {
		WebElement link = driver.findElement(By.cssSelector(".langs a[lang='" + language + "']"));
		navigates(link::click);
		return this;
	}

	/**
	 * Switches organization with the keyboard alone, as someone who cannot use a mouse would: Tab
	 * until the organization list has focus, arrow keys to the organization, Tab to the button, Enter.
	 */
	public Browser switchOrganization(String name) {
		WebElement select = driver.findElement(By.id("organization-switch"));
		tabUntilFocused(select);
		List<String> names = new Select(select).getOptions().stream().map(WebElement::getText).map(String::strip).toList();
		int target = names.indexOf(name);
		assertThat(target).as("organization %s among %s", name, names).isNotNegative();
		int current = names.indexOf(new Select(select).getFirstSelectedOption().getText().strip());
		Keys direction = target > current ? Keys.ARROW_DOWN : Keys.ARROW_UP;
		for (int i = 0; i < Math.abs(target - current); i++) {
			focused().sendKeys(direction);
		}
		assertThat(new Select(select).getFirstSelectedOption().getText().strip()).isEqualTo(name);
		WebElement button = select.findElement(By.xpath("ancestor::form//button[@type='submit']"));
		new Actions(driver).sendKeys(Keys.TAB).perform();
		assertThat(focused()).as("the switch button follows the list").isEqualTo(button);
		navigates(() -> focused().sendKeys(Keys.ENTER));
		return this;
	}

	/** Follows the first link matching a CSS selector, as a click would. */
	public Browser follow(String css) {
		WebElement link = driver.findElement(By.cssSelector(css));
		navigates(link::click);
		return this;
	}

	/** Picks a file in a file field, as the operating system's file dialog would. */
	public Browser chooseFile(String css, Path file) {
		driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Types into the field matching a CSS selector, replacing what it held. */
	public Browser fill(String css, String text) {
		WebElement field = driver.findElement(By.cssSelector(css));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Ticks a checkbox or picks a radio button (by clicking its control). */
	public Browser tick(String css) {
		WebElement box = driver.findElement(By.cssSelector(css));
		if (!box.isSelected()) {
			box.click();
		}
		return this;
	}

	/** Picks the option with this value in the list matching a CSS selector. */
	public Browser choose(String css, String value) {
		new Select(driver.findElement(By.cssSelector(css))).selectByValue(value);
		return this;
	}

	/** Presses a button that submits its form, and waits for the next page. */
	public Browser press(String css) {
		WebElement button = driver.findElement(By.cssSelector(css));
		navigates(button::click);
		return this;
	}

	/** Waits until the page (updated in place, e.g. by htmx) shows an element, then checks it again with axe. */
	public Browser waitUntilShown(String css) {
		new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
		arrived();
		return this;
	}

	/** How many elements match a CSS selector. */
	public int count(String css) {
		return driver.findElements(By.cssSelector(css)).size();
	}

	/** Signs out with the button in the header. */
	public Browser signOut() {
		WebElement button = driver.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]"));
		navigates(button::click);
		return this;
	}

	/** Looks at the page as it would on another screen (laptop 1366 px, tablet 820 px...). */
	public Browser resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		new WebDriverWait(driver, PATIENCE).until(d -> width(d) > 0 && width(d) <= width);
		arrived();
		return this;
	}

	public boolean signedIn() {
		return !driver.findElements(By.cssSelector("header .user-name")).isEmpty();
	}

	public String path() {
		String url = driver.getCurrentUrl();
		return url != null && url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : String.valueOf(url);
	}

	/** The visible text of the first element matching a CSS selector. */
	public String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText().strip();
	}

	public boolean shows(String css) {
		return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
	}

	/** The page's language as announced to assistive technology ({@code <html lang>}). */
	public String language() {
		return driver.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	/** Whether the page is wider than the window, which means sideways scrolling. */
	public boolean overflowsSideways() {
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(overflow);
	}

	/** The vertical extent of an element, in CSS pixels. */
	public int height(String css) {
		return driver.findElement(By.cssSelector(css)).getRect().getHeight();
	}

	private void navigates(Runnable action) {
		WebElement page = driver.findElement(By.tagName("html"));
		action.run();
		new WebDriverWait(driver, PATIENCE).until(d -> gone(page));
		arrived();
	}

	/**
	 * Whether the page's root element has been replaced. Chromium answers a node of the page being
	 * left either as stale or, in the middle of the navigation, as "not belonging to the document":
	 * both mean the old page is gone.
	 */
	private static boolean gone(WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException stale) {
			return true;
		}
		catch (WebDriverException navigating) {
			if (String.valueOf(navigating.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw navigating;
		}
	}

	private void tabUntilFocused(WebElement element) {
		for (int presses = 0; presses < 40 && !element.equals(focused()); presses++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
		}
		assertThat(focused()).as("reached with the Tab key").isEqualTo(element);
	}

	private WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** Every page reached: wait until it is loaded, check it with axe, keep a screenshot. */
	private void arrived() {
		new WebDriverWait(driver, PATIENCE)
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		pages++;
		String name = "%02d%s".formatted(pages, slug(path()));
		screenshot(name);
		Accessibility.check(driver, name);
	}

	private void screenshot(String name) {
		try {
			Files.createDirectories(screenshots);
			Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String slug(String path) {
		String slug = path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
		return slug.isEmpty() || slug.equals("-") ? "-home" : slug;
	}

	private static long width(WebDriver driver) {
		return driver.manage().window().getSize().getWidth();
	}
}
