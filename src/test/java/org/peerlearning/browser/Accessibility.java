package org.peerlearning.browser;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs axe-core on the page in the browser and fails on every serious or critical violation,
 * naming the rule, its impact and the offending elements so the report alone says what to fix.
 */
final class Accessibility {

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	/**
	 * Pages already found clean in this run, by their markup (less the per-request CSRF token) and
	 * window width: axe gives the same answer for the same page, and it is the slow part of a journey.
	 */
	private static final Set<String> CLEAN = ConcurrentHashMap.newKeySet();

	private static final String FINGERPRINT = """
			var token = document.querySelector('meta[name="_csrf"]');
			var html = document.documentElement.outerHTML;
			if (token && token.content) { html = html.split(token.content).join(''); }
			return window.innerWidth + ':' + html;""";

	private Accessibility() {
	}

	static void check(WebDriver driver, String page) {
		String fingerprint = String.valueOf(((JavascriptExecutor) driver).executeScript(FINGERPRINT));
		if (CLEAN.contains(fingerprint)) {
			return;
		}
		Results results = new AxeBuilder().analyze(driver);
		if (results.isErrored()) {
			fail("axe could not analyse %s: %s", page, results.getErrorMessage());
		}
		List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
		if (!blocking.isEmpty()) {
			fail("Accessibility violations on %s (%s):%n%s", page, driver.getCurrentUrl(),
					blocking.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
		}
		CLEAN.add(fingerprint);
	}

	private static String describe(Rule rule) {
		String nodes = rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
		return "- %s [%s] %s (%s)%n%s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), nodes);
	}

	private static String describe(CheckedNode node) {
		return "    at %s: %s%n      %s".formatted(node.getTarget(), node.getHtml(),
				String.valueOf(node.getFailureSummary()).replace("\n", "\n      "));
	}
}
