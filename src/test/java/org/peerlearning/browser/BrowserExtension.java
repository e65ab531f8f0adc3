package org.peerlearning.browser;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Shares one Chromium across the whole test run (closed when the run ends), starts every test with
 * no cookies on a laptop-sized window, and hands tests a {@link Browser} pointed at the running
 * application.
 */
class BrowserExtension implements BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Override
	public void beforeEach(ExtensionContext context) {
		Chrome chrome = chrome(context);
		// A fresh visitor: no session, no language choice left over from the previous journey.
		chrome.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		chrome.driver.manage().window().setSize(Chrome.LAPTOP);
		chrome.driver.get("about:blank");
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
		String journey = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		return new Browser(chrome(context).driver, "http://localhost:" + port, SCREENSHOTS.resolve(journey));
	}

	private static Chrome chrome(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chrome.class, key -> Chrome.start(), Chrome.class);
	}
}
