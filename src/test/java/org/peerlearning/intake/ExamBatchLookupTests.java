package org.peerlearning.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.intake.hl7.Hl7Intake;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;

/** Looking several exams up at once, as worklists do, keeps every organization to its own exams. */
@ApplicationTest
class ExamBatchLookupTests {

	@Autowired
	Hl7Intake intake;

	@Autowired
	Exams exams;

	@Autowired
	Organizations organizations;

	@Test
	void severalExamsAreFoundAtOnceWithoutTheirReportsAndOnlyForTheirOwnOrganization() {
		Organization lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow();
		Organization northern = organizations.findByName("Northern Imaging Group").orElseThrow();
		String first = unique("BATCH");
		String second = unique("BATCH");
		for (String accession : List.of(first, second)) {
			intake.receive(oru(unique("BATCH"), accession, "F", null, "Findings for the batch.").getBytes(StandardCharsets.UTF_8));
		}
		ExamId one = exams.findByAccession(lakeshore.id(), first).orElseThrow().id();
		ExamId two = exams.findByAccession(lakeshore.id(), second).orElseThrow().id();

		Map<ExamId, ExamDetails> found = exams.findAll(lakeshore.id(), List.of(one, two, one));
		assertThat(found).containsOnlyKeys(one, two);
		assertThat(found.get(one).accession()).isEqualTo(first);
		assertThat(found.values()).allSatisfy(exam -> assertThat(exam.reportText()).isNull());

		assertThat(exams.findAll(northern.id(), List.of(one, two))).isEmpty();
		assertThat(exams.findAll(lakeshore.id(), List.of())).isEmpty();
	}
}
