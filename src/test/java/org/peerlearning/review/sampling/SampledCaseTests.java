package org.peerlearning.review.sampling;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseSource;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ExamReported;
import org.peerlearning.organization.CustomFieldDefinition;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.CustomFieldType;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewerPool;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
import org.peerlearning.review.Assignment;
import org.peerlearning.review.ReviewAssignments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sampled exam becomes a learning case in the same step: assigned to the reviewer sampling chose
 * when the review policies accept them, otherwise left in triage for the lead.
 */
@ApplicationTest
class SampledCaseTests {

	@Autowired
	ExamSampling sampling;

	@Autowired
	Organizations organizations;

	@Autowired
	ReviewProgramAdministration administration;

	@Autowired
	Cases cases;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewRadiologistsExamSampledByTheirCampaignOpensARuleSampleInReviewWithAPoolReviewer() {
		OrganizationId lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
		UUID newHire = person("rad6@lakeshore.demo");
		ExamId exam = exam(lakeshore, newHire, "CR");

		SamplingDecision decision = sampling.sample(reported(lakeshore, exam, newHire, "CR"));

		assertThat(decision.status()).isEqualTo(SamplingDecision.Status.CASE_OPENED);
		assertThat(decision.reviewerId()).isNotNull().isNotEqualTo(newHire);
		LearningCase opened = caseOf(lakeshore, exam);
		assertThat(opened.source()).isEqualTo(CaseSource.RULE_SAMPLE);
		assertThat(opened.sampleRule()).isEqualTo("First 50 exams of Dr. Siddiqui");
		assertThat(opened.submitterId()).isNull();
		assertThat(opened.authorId()).isEqualTo(new PersonId(newHire));
		assertThat(opened.state()).isEqualTo(CaseState.IN_REVIEW);
		assertThat(assignments.ofCase(lakeshore, opened.id())).singleElement().satisfies(a -> {
			assertThat(a.reviewerId()).isEqualTo(new PersonId(decision.reviewerId()));
			assertThat(a.status()).isEqualTo(Assignment.Status.OPEN);
		});
		assertThat(sampling.decision(lakeshore, exam)).hasValueSatisfying(stored -> {
			assertThat(stored.status()).isEqualTo(SamplingDecision.Status.CASE_OPENED);
			assertThat(stored.reviewerId()).isEqualTo(decision.reviewerId());
		});

		// the same report published again neither opens a second case nor assigns again
		sampling.sample(reported(lakeshore, exam, newHire, "CR"));
		assertThat(casesOf(lakeshore, exam)).hasSize(1);
	}

	@Test
	void aSampleWhoseReviewerThePoliciesRefuseWaitsInTriageForTheLeadEvenWhenSubmittersMustAnswerAField() {
		OrganizationId organization = organizations.create("Sampled " + UUID.randomUUID(), OrganizationKind.HOSPITAL, null);
		UUID reader = person("rad3@lakeshore.demo");
		// rad1 is in the pool but reads for Lakeshore only: review will not take them here
		UUID outsider = person("rad1@lakeshore.demo");
		UUID pool = administration.addPool(organization,
				new ReviewerPool(null, "Body", List.of(reader, outsider), List.of(), List.of(), null), null);
		administration.addRule(organization, new SamplingRule(null, "Every CT", List.of(), List.of("CT"), List.of(), List.of(),
				null, SamplingMode.RATE, new BigDecimal("100"), null, null, null, null, null, null, true, pool, null, 0, null),
				null);
		// a field people must answer when they submit does not stop the program from opening its samples
		administration.addCustomField(organization, new CustomFieldDefinition(null, "setting", CustomFieldTarget.CASE,
				CustomFieldType.TEXT, "Clinical setting", "Contexte clinique", true, 0, List.of(), null), null);
		ExamId exam = exam(organization, reader, "CT");

		SamplingDecision decision = sampling.sample(reported(organization, exam, reader, "CT"));

		assertThat(decision.status()).isEqualTo(SamplingDecision.Status.UNASSIGNED);
		assertThat(decision.reviewerId()).isNull();
		LearningCase waiting = caseOf(organization, exam);
		assertThat(waiting.source()).isEqualTo(CaseSource.RANDOM_SAMPLE);
		assertThat(waiting.state()).isEqualTo(CaseState.TRIAGE);
		assertThat(assignments.ofCase(organization, waiting.id())).isEmpty();
	}

	private ExamId exam(OrganizationId organization, UUID reader, String modality) {
		ExamId id = ExamId.random();
		Instant now = Instant.now();
		jdbc.sql("""
				insert into exam (id, organization_id, accession_number, modality, body_part, procedure_description, exam_at,
				  reported_at, result_status, reading_radiologist_id, report_text)
				values (?, ?, ?, ?, 'CHEST', 'Sampling test exam', ?, ?, 'FINAL', ?, 'IMPRESSION: Normal.')""")
			.params(id.value(), organization.value(), "SMP-" + id.value().toString().substring(0, 12), modality,
					Timestamp.from(now.minusSeconds(3600)), Timestamp.from(now), reader)
			.update();
		return id;
	}

	private ExamReported reported(OrganizationId organization, ExamId exam, UUID reader, String modality) {
		Instant now = Instant.now();
		return new ExamReported(organization, null, exam, "SMP", modality, "CHEST", new PersonId(reader), now.minusSeconds(3600),
				now);
	}

	private LearningCase caseOf(OrganizationId organization, ExamId exam) {
		List<CaseId> found = casesOf(organization, exam);
		assertThat(found).hasSize(1);
		return cases.get(organization, found.get(0));
	}

	private List<CaseId> casesOf(OrganizationId organization, ExamId exam) {
		return jdbc.sql("select id from learning_case where organization_id = ? and exam_id = ?")
			.params(organization.value(), exam.value())
			.query((rs, n) -> new CaseId(rs.getObject(1, UUID.class)))
			.list();
	}

	private UUID person(String email) {
		return people.findByEmail(email).orElseThrow().id().value();
	}
}
