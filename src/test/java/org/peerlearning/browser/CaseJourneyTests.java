package org.peerlearning.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerlearning.identity.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program's core journey in a real browser, every page checked with axe: a radiologist submits
 * a learning opportunity from the PACS context launch in one form and one click (timed step by
 * step, well under a minute), the lead accepts and assigns it, the reviewer scores it 3b blind, and
 * the committee records its consensus.
 */
@BrowserTest
class CaseJourneyTests {

	private static final Logger log = LoggerFactory.getLogger(CaseJourneyTests.class);

	/** The program's pages a lead (who also reads) reaches from the navigation. */
	private static final List<String> PAGES = List.of("/cases", "/cases/new", "/cases/new?accession=LGH-1002", "/triage",
			"/reviews", "/committee");

	@Autowired
	People people;

	@Test
	void aLearningOpportunityGoesFromAContextLaunchToTheCommittee(Browser browser) {
		// rad2 reads in French by preference; this journey reads the English labels
		browser.signIn("rad2@lakeshore.demo").switchLanguage("en");
		Map<String, Duration> steps = new LinkedHashMap<>();
		long start = System.nanoTime();
		long mark = start;

		browser.visit("/cases/new?accession=LGH-1006");
		mark = step(steps, "open the context launch", mark);
		assertThat(browser.count("main form")).as("one form on the screen").isEqualTo(1);
		assertThat(browser.text("#case-exam")).contains("CT ABDOMEN PELVIS WITH CONTRAST");

		browser.fill("#note", "Appendix not traced; appendicitis at surgery.").tick("input[name=categories][value=perceptual]");
		mark = step(steps, "type a note and pick a category", mark);
		browser.press("#submit-case");
		mark = step(steps, "one click to submit", mark);
		Duration total = Duration.ofNanos(mark - start);
		log.info("Submission from the context launch took {} ms in all: {}", total.toMillis(), steps);
		assertThat(browser.path()).matches("/cases/[0-9a-f-]{36}");
		assertThat(total).isLessThan(Duration.ofMinutes(1));
		String caseId = browser.path().substring("/cases/".length());
		assertThat(browser.text("#case-state")).isEqualTo("Submitted");

		browser.signOut().signIn("lead@lakeshore.demo").visit("/triage").follow("a[href$='/triage/" + caseId + "']");
		browser.press("#decide-ACCEPT");
		assertThat(browser.text("#case-state")).isEqualTo("In triage");
		browser.choose("#reviewer", people.findByEmail("rad3@lakeshore.demo").orElseThrow().id().toString()).press("#assign-reviewer");
		assertThat(browser.text("#case-state")).isEqualTo("In review");

		browser.signOut().signIn("rad3@lakeshore.demo").visit("/reviews");
		browser.follow("main table a[href*='/reviews/']");
		String review = browser.text("main");
		assertThat(review).doesNotContain("Okafor").doesNotContain("Gagnon").doesNotContain("LEBLANC").doesNotContain("80111");
		// the newest assignment may not be the first listed; open ours from the worklist by its case's exam
		browser.visit("/reviews");
		boolean found = false;
		for (int i = 1; i <= browser.count("main table tbody tr") && !found; i++) {
			browser.follow("main table tbody tr:nth-child(" + i + ") a");
			if (browser.text("#blinded-exam").contains("CT ABDOMEN PELVIS WITH CONTRAST") && browser.count("#submit-review") == 1) {
				found = true;
			}
			else {
				browser.visit("/reviews");
			}
		}
		assertThat(found).as("the assigned review is on the worklist").isTrue();
		browser.tick("#score-S3B").tick("input[name=categories][value=perceptual]").fill("#learningPoint", "Trace the appendix.")
			.tick("#recommendation-FEEDBACK_ONLY").press("#submit-review");
		assertThat(browser.path()).startsWith("/reviews");

		browser.signOut().signIn("quality@lakeshore.demo").visit("/committee").follow("a[href$='/committee/" + caseId + "']");
		browser.tick("#score-S3B").tick("#outcome-SEND_FEEDBACK").tick("input[name=safetyActions][value=ADDENDUM_REQUESTED]")
			.press("#record-decision");
		assertThat(browser.path()).startsWith("/committee");

		browser.signOut().signIn("lead@lakeshore.demo").visit("/cases/" + caseId);
		assertThat(browser.text("#case-state")).isEqualTo("Feedback pending");
	}

	@Test
	void everyPageOfTheProgramPassesInEnglishAndFrenchOnALaptopAndATablet(Browser browser) {
		browser.signIn("lead@lakeshore.demo");
		for (String language : List.of("en", "fr")) {
			browser.switchLanguage(language);
			for (String page : PAGES) {
				browser.visit(page);
				assertThat(browser.language()).as(page).isEqualTo(language);
				assertThat(browser.overflowsSideways()).as(page + " on a laptop").isFalse();
			}
			browser.visit("/triage").follow("main table a[href*='/triage/']");
			assertThat(browser.overflowsSideways()).as("a case in triage").isFalse();
			browser.follow("main a[href*='/cases/']");
			assertThat(browser.path()).matches("/cases/[0-9a-f-]{36}");
			browser.visit("/committee").follow("main table a[href*='/committee/']");
			assertThat(browser.overflowsSideways()).as("a committee case").isFalse();
		}
		assertThat(browser.text("h1")).isNotBlank();
		browser.resize(820, 1180);
		for (String page : PAGES) {
			browser.visit(page);
			assertThat(browser.overflowsSideways()).as(page + " on a tablet").isFalse();
		}
		browser.visit("/triage").follow("main table a[href*='/triage/']");
		assertThat(browser.overflowsSideways()).as("a case in triage on a tablet").isFalse();
		browser.switchLanguage("en");
	}

	private static long step(Map<String, Duration> steps, String name, long since) {
		long now = System.nanoTime();
		steps.put(name, Duration.ofNanos(now - since));
		return now;
	}
}
