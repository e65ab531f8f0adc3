package org.peerlearning.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one headless Chromium of a test run: Debian's {@code chromium} and {@code chromedriver}, named
 * explicitly so that Selenium never looks for (or downloads) a browser or driver of its own.
 */
final class Chrome implements AutoCloseable {

	static final Dimension LAPTOP = new Dimension(1366, 900);

	private static final String BINARY = System.getProperty("peerlearning.browser.binary", "/usr/bin/chromium");

	private static final String DRIVER = System.getProperty("peerlearning.browser.driver", "/usr/bin/chromedriver");

	private final Path profile;

	private final ChromeDriverService service;

	final ChromeDriver driver;

	private Chrome(Path profile, ChromeDriverService service, ChromeDriver driver) {
		this.profile = profile;
		this.service = service;
		this.driver = driver;
	}

	static Chrome start() {
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("webdriver.chrome.driver", DRIVER);
		try {
			Path profile = Files.createTempDirectory("peerlearning-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BINARY);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-default-apps", "--disable-extensions", "--lang=en-US",
					"--window-size=" + LAPTOP.getWidth() + "," + LAPTOP.getHeight(), "--user-data-dir=" + profile);
			// English unless a journey picks French, and no password manager prompts in between.
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en", "credentials_enable_service",
					false, "profile.password_manager_enabled", false, "profile.password_manager_leak_detection", false));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			return new Chrome(profile, service, driver);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create a browser profile directory", ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			service.stop();
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}
}
