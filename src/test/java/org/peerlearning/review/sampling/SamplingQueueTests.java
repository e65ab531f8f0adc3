package org.peerlearning.review.sampling;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.Role;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ExamReported;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reported exams reach sampling through a queue written in the transaction that stored the
 * report, and are sampled in batches with the same outcome as one by one.
 */
@ApplicationTest
class SamplingQueueTests {

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
	RealisedRates rates;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private OrganizationId organization;

	private UUID reader;

	@BeforeEach
	void aProgramSamplingEveryThirdCtExam() {
		organization = organizations.create("Queue " + UUID.randomUUID(), OrganizationKind.HOSPITAL, null);
		reader = people.findByEmail("rad3@lakeshore.demo").orElseThrow().id().value();
		administration.addRule(organization, new SamplingRule(null, "Every third CT", List.of(), List.of("CT"), List.of(), List.of(),
				null, SamplingMode.EVERY_NTH, null, 3, null, null, null, null, null, true, null, null, 0, null), null);
	}

	@Test
	void examsReportedInOneTransactionAreSampledInTheOrderTheyWereReported() {
		List<ExamId> exams = IntStream.range(0, 7).mapToObj(i -> ExamId.random()).toList();
		transaction.executeWithoutResult(tx -> exams.forEach(exam -> events.publishEvent(event(exam, "CT"))));

		List<SamplingDecision> decisions = exams.stream().map(this::awaitDecision).toList();
		assertThat(decisions).extracting(d -> d.ruleId() != null).containsExactly(false, false, true, false, false, true, false);
		assertThat(rates.of(organization, YearMonth.now(ZoneId.of("America/Toronto")))).singleElement().satisfies(rate -> {
			assertThat(rate.seen()).isEqualTo(7);
			assertThat(rate.selected()).isEqualTo(2);
		});
		assertThat(waiting()).isZero();
	}

	@Test
	void anExamReportedAgainInTheSameBatchIsDecidedOnce() {
		ExamId exam = ExamId.random();
		List<SamplingDecision> decisions = sampling.sampleAll(organization,
				List.of(event(exam, "CT"), event(exam, "CT"), event(ExamId.random(), "CT")));
		assertThat(decisions.get(1)).isEqualTo(decisions.get(0));
		assertThat(jdbc.sql("select count(*) from sampling_decision where exam_id = ?").param(exam.value()).query(Long.class).single())
			.isEqualTo(1);
		// the repeat did not count: the third exam is only the second in scope
		assertThat(decisions.get(2).ruleId()).isNull();
		assertThat(sampling.sample(event(ExamId.random(), "CT")).ruleId()).isNotNull();
	}

	@Test
	void anExamReportedInATransactionThatRollsBackIsNeverQueued() {
		ExamId exam = ExamId.random();
		transaction.executeWithoutResult(tx -> {
			events.publishEvent(event(exam, "CT"));
			tx.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from sampling_queue where exam_id = ?").param(exam.value()).query(Long.class).single())
			.isZero();
		assertThat(sampling.decision(organization, exam)).isEmpty();
	}

	@Test
	void anExamThatCannotBeSampledStaysQueuedWithItsErrorAndHoldsUpNoOtherOrganization() {
		OrganizationId gone = new OrganizationId(UUID.randomUUID()); // no such organization: its decision cannot be stored
		ExamId orphan = ExamId.random();
		ExamId exam = ExamId.random();
		transaction.executeWithoutResult(tx -> {
			events.publishEvent(new ExamReported(gone, null, orphan, "ORPHAN-1", "CT", null, null, Instant.now(), Instant.now()));
			events.publishEvent(event(exam, "CT"));
		});

		awaitDecision(exam);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select attempts from sampling_queue where exam_id = ?")
				.param(orphan.value())
				.query(Integer.class)
				.optional(), attempts -> attempts.filter(a -> a > 0).isPresent());
		assertThat(jdbc.sql("select last_error from sampling_queue where exam_id = ?").param(orphan.value()).query(String.class).single())
			.contains("sampling_decision");
		jdbc.sql("delete from sampling_queue where exam_id = ?").param(orphan.value()).update();
	}

	@Test
	void theProgramLeadsAreToldOnceWhenReportedExamsStartFailingToBeSampled() {
		PersonId lead = people.findByEmail("lead@lakeshore.demo").orElseThrow().id();
		people.grant(organization, lead, Set.of(Role.PROGRAM_LEAD), null);
		ExamId first = ExamId.random();
		ExamId second = ExamId.random();
		// the database refuses these two exams' decisions, as a broken database or rule would
		jdbc.sql("create or replace function refuse_exams_of_a_test() returns trigger language plpgsql as $$ begin"
				+ " if new.exam_id in ('" + first.value() + "', '" + second.value() + "') then raise exception 'refused for the test';"
				+ " end if; return new; end $$").update();
		jdbc.sql("create trigger refuse_exams_of_a_test before insert on sampling_decision for each row"
				+ " execute function refuse_exams_of_a_test()").update();
		try {
			transaction.executeWithoutResult(tx -> events.publishEvent(event(first, "CT")));
			transaction.executeWithoutResult(tx -> events.publishEvent(event(second, "CT")));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.sql("select count(*) from sampling_queue where organization_id = ? and attempts > 0")
					.param(organization.value())
					.query(Long.class)
					.single(), failing -> failing == 2);

			List<String> notices = jdbc.sql("select kind || ' ' || link from notice where organization_id = ? and recipient_id = ?")
				.params(organization.value(), lead.value())
				.query(String.class)
				.list();
			assertThat(notices).containsExactly("review.sampling-failed /program/sampling");
		}
		finally {
			jdbc.sql("drop trigger refuse_exams_of_a_test on sampling_decision").update();
			jdbc.sql("drop function refuse_exams_of_a_test()").update();
			jdbc.sql("delete from sampling_queue where organization_id = ?").param(organization.value()).update();
		}
	}

	private long waiting() {
		return jdbc.sql("select count(*) from sampling_queue where organization_id = ?")
			.param(organization.value())
			.query(Long.class)
			.single();
	}

	private SamplingDecision awaitDecision(ExamId exam) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> sampling.decision(organization, exam), Optional::isPresent)
			.orElseThrow();
	}

	private ExamReported event(ExamId exam, String modality) {
		Instant now = Instant.now();
		return new ExamReported(organization, null, exam, "ACC-" + exam.value().toString().substring(0, 8), modality, "CHEST",
				new PersonId(reader), now.minusSeconds(3600), now);
	}
}
