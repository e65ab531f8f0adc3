package org.peerlearning.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ExamImportJourneyTests {

	@Test
	void anAdministratorUploadsACsvWatchesItsProgressAndCanDownloadTheRowsInError(Browser browser, @TempDir Path folder)
			throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder("accession,status,modality,exam_time,report_text,radiologist_cpso\r\n");
		for (int i = 0; i < 300; i++) {
			csv.append("JRN").append(run).append('-').append(i).append(",final,CT,2025-02-01 08:00,Normal study ").append(i)
				.append(",80112\r\n");
		}
		csv.append("JRN").append(run).append("-bad,unsigned,CT,,x,\r\n");
		Path file = folder.resolve("history.csv");
		Files.writeString(file, csv);

		browser.signIn("admin@lakeshore.demo").visit("/intake").follow("a[href$='/intake/import']");
		browser.chooseFile("#import-file", file).press("form[action$='/intake/import'] button[type=submit]");
		assertThat(browser.path()).matches("/intake/import/[0-9a-f-]{36}");
		assertThat(browser.shows("progress#import-bar")).isTrue();

		browser.waitUntilShown("#import-progress[data-status='COMPLETED']");
		assertThat(browser.text("#import-progress [role=status]")).contains("100");
		assertThat(browser.shows("#import-progress a[href$='/errors']")).isTrue();

		browser.switchLanguage("fr");
		assertThat(browser.text("#import-progress [role=status]")).contains("Terminée");
	}
}
