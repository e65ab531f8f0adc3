package org.peerlearning.review.sampling;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ExamReported;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewerPool;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reported exam reaches sampling through the event, is decided once, and gets a reviewer from
 * the rule's pool who is neither its reader nor in conflict with them, within the monthly quota.
 */
@ApplicationTest
class ExamSamplingTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Organizations organizations;

	@Autowired
	ReviewProgramAdministration administration;

	@Autowired
	ExamSampling sampling;

	@Autowired
	SamplingQuotas quotas;

	@Autowired
	RealisedRates rates;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private OrganizationId organization;

	private UUID reader;

	private UUID partner;

	private UUID reviewer;

	private UUID rule;

	@BeforeEach
	void aProgramWithOneRuleSamplingEveryCtExam() {
		organization = organizations.create("Sampling " + UUID.randomUUID(), OrganizationKind.HOSPITAL, null);
		reader = person("rad3@lakeshore.demo");
		partner = person("rad2@lakeshore.demo");
		reviewer = person("rad1@lakeshore.demo");
		UUID pool = administration.addPool(organization,
				new ReviewerPool(null, "Body", List.of(reader, partner, reviewer), List.of(), List.of(), null), null);
		administration.addConflict(organization, partner, reader, "Practice partners", null);
		rule = administration.addRule(organization, new SamplingRule(null, "Every CT", List.of(), List.of("CT"), List.of(),
				List.of(), null, SamplingMode.RATE, new BigDecimal("100"), null, null, null, null, null, null, true, pool, 1, 0,
				null), null);
	}

	@Test
	void aReportedExamIsSampledOnceAndGoesToAReviewerWhoIsNeitherItsReaderNorInConflictWithThem() {
		ExamId exam = ExamId.random();
		publish(exam, "CT");
		SamplingDecision decision = awaitDecision(exam);
		assertThat(decision.ruleId()).isEqualTo(rule);
		assertThat(decision.reviewerId()).isEqualTo(reviewer);
		assertThat(decision.status()).isEqualTo(SamplingDecision.Status.AWAITING_CASE);

		// A corrected report publishes the exam again: it is not decided twice.
		assertThat(sampling.sample(event(exam, "CT"))).isEqualTo(decision);
		assertThat(jdbc.sql("select count(*) from sampling_decision where exam_id = ?").param(exam.value()).query(Long.class).single())
			.isEqualTo(1);
		assertThat(quotas.progress(organization, new PersonId(reviewer), thisMonth())).isEqualTo(new QuotaProgress(1, 1));
	}

	@Test
	void onceTheOnlyEligibleReviewerHasTheirQuotaTheSampleWaitsForTheLead() {
		SamplingDecision first = sampling.sample(event(ExamId.random(), "CT"));
		SamplingDecision second = sampling.sample(event(ExamId.random(), "CT"));
		assertThat(first.reviewerId()).isEqualTo(reviewer);
		assertThat(second.reviewerId()).isNull();
		assertThat(second.status()).isEqualTo(SamplingDecision.Status.UNASSIGNED);
	}

	@Test
	void examsOutsideEveryRuleAreRecordedAsNotSampledAndCountTowardsNoRate() {
		SamplingDecision decision = sampling.sample(event(ExamId.random(), "US"));
		assertThat(decision.status()).isEqualTo(SamplingDecision.Status.NOT_SAMPLED);
		sampling.sample(event(ExamId.random(), "CT"));
		assertThat(rates.of(organization, thisMonth())).singleElement().satisfies(rate -> {
			assertThat(rate.seen()).isEqualTo(1);
			assertThat(rate.selected()).isEqualTo(1);
			assertThat(rate.realisedPercent()).isEqualByComparingTo("100");
		});
	}

	private void publish(ExamId exam, String modality) {
		transaction.executeWithoutResult(status -> events.publishEvent(event(exam, modality)));
	}

	private SamplingDecision awaitDecision(ExamId exam) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> sampling.decision(organization, exam).filter(d -> d.status() != SamplingDecision.Status.NOT_SAMPLED),
					Optional::isPresent)
			.orElseThrow();
	}

	private ExamReported event(ExamId exam, String modality) {
		Instant now = Instant.now();
		return new ExamReported(organization, null, exam, "ACC-" + exam.value().toString().substring(0, 8), modality, "ABDOMEN",
				new PersonId(reader), now.minusSeconds(3600), now);
	}

	private YearMonth thisMonth() {
		return YearMonth.now(ZoneId.of("America/Toronto"));
	}

	private UUID person(String email) {
		return people.findByEmail(email).orElseThrow().id().value();
	}
}
