package org.peerlearning.intake.hl7;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.intake.domain.ExamRecorder;
import org.peerlearning.intake.domain.MessageLog;
import org.peerlearning.intake.domain.MessageLog.Header;
import org.peerlearning.intake.domain.MessageLog.Status;
import org.peerlearning.intake.domain.RadiologistResolver;
import org.peerlearning.intake.domain.Route;
import org.peerlearning.intake.hl7.GroupCommit.Accepted;
import org.peerlearning.intake.hl7.GroupCommit.Result;
import org.peerlearning.intake.hl7.GroupCommit.Stored;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;

/** Messages stored together in one transaction behave as if each had been stored alone, in order. */
@ApplicationTest
class GroupCommitTests {

	@Autowired
	ExamRecorder recorder;

	@Autowired
	MessageLog messages;

	@Autowired
	RadiologistResolver radiologists;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	private final PlainResultReader reader = new PlainResultReader(ZoneId.of("America/Toronto"));

	private GroupCommit groupCommit() {
		return new GroupCommit(recorder, messages, radiologists, transaction, 100, Duration.ZERO);
	}

	private Route lakeshore() {
		return new Route(organizations.findByName("Lakeshore Regional Health").orElseThrow().id(), null);
	}

	private Accepted accepted(Route route, String controlId, String accession, String status, String text) {
		String message = Hl7Intake.normalize(oru(controlId, accession, status, null, text));
		MshHeader msh = MshHeader.read(message);
		Header header = new Header(msh.controlId(), msh.sendingApplication(), msh.sendingFacility(), msh.receivingApplication(),
				msh.receivingFacility(), msh.messageType(), msh.version());
		return new Accepted(header, route, reader.read(message, msh), message.getBytes(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8, null);
	}

	@Test
	void aGroupWaitsForTheMessageAnotherConnectionIsStillReadingAndBothShareOneCommit() throws Exception {
		GroupCommit writer = new GroupCommit(recorder, messages, radiologists, transaction, 100, Duration.ofSeconds(10));
		writer.start(1);
		try {
			writer.arriving();
			writer.arriving(); // a second connection is reading its message
			CompletableFuture<Stored> first = writer.submit(accepted(lakeshore(), unique("WAIT"), unique("ACC"), "F", "First."));
			// still waiting for the second connection's message while it is being read
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !first.isDone());
			CompletableFuture<Stored> second = writer.submit(accepted(lakeshore(), unique("WAIT"), unique("ACC"), "F", "Second."));
			assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(Status.ACCEPTED);
			assertThat(second.get(5, TimeUnit.SECONDS).status()).isEqualTo(Status.ACCEPTED);
			assertThat(second).isDone();
		}
		finally {
			writer.answered();
			writer.answered();
			writer.stop();
		}
	}

	@Test
	void aMessageAloneIsStoredAtOnceWithoutWaitingForCompany() throws Exception {
		GroupCommit writer = new GroupCommit(recorder, messages, radiologists, transaction, 100, Duration.ofSeconds(30));
		writer.start(1);
		try {
			writer.arriving();
			// the writer may wait up to 30 s for company: an answer within 20 s means it did not
			Stored stored = writer.submit(accepted(lakeshore(), unique("ALONE"), unique("ACC"), "F", "Alone."))
				.get(20, TimeUnit.SECONDS);
			assertThat(stored.status()).isEqualTo(Status.ACCEPTED);
		}
		finally {
			writer.answered();
			writer.stop();
		}
	}

	@Test
	void theSameControlIdTwiceInOneGroupIsAppliedOnceAndAcknowledgedTwice() {
		String controlId = unique("TWICE");
		String accession = unique("ACC");
		List<Result> results = groupCommit().storeGroup(List.of(accepted(lakeshore(), controlId, accession, "F", "Once."),
				accepted(lakeshore(), unique("OTHER"), unique("ACC"), "F", "Other."),
				accepted(lakeshore(), controlId, accession, "F", "Once.")));

		assertThat(results).extracting(r -> r.stored().status())
			.containsExactly(Status.ACCEPTED, Status.ACCEPTED, Status.DUPLICATE);
		assertThat(statuses(controlId)).containsExactlyInAnyOrder("ACCEPTED", "DUPLICATE");
		assertThat(count("select count(*) from exam where accession_number = ?", accession)).isEqualTo(1);
	}

	@Test
	void aControlIdAcceptedInAnEarlierGroupIsADuplicateInALaterOne() {
		String controlId = unique("AGAIN");
		String accession = unique("ACC");
		groupCommit().storeGroup(List.of(accepted(lakeshore(), controlId, accession, "F", "First."),
				accepted(lakeshore(), unique("X"), unique("ACC"), "F", "Filler.")));
		List<Result> again = groupCommit().storeGroup(List.of(accepted(lakeshore(), unique("Y"), unique("ACC"), "F", "Filler."),
				accepted(lakeshore(), controlId, accession, "F", "First.")));

		assertThat(again).extracting(r -> r.stored().status()).containsExactly(Status.ACCEPTED, Status.DUPLICATE);
		assertThat(statuses(controlId)).containsExactlyInAnyOrder("ACCEPTED", "DUPLICATE");
		// found by the group's look-up itself, not only caught by the unique index afterwards
		assertThat(messages.alreadyAccepted(List.of(new MessageLog.Key("LGH", controlId), new MessageLog.Key("LGH", unique("NEW")))))
			.containsExactly(new MessageLog.Key("LGH", controlId));
	}

	@Test
	void thePreliminaryAndTheFinalOfOneAccessionInOneGroupEndAsTheFinalWithThePreliminaryKept() {
		String accession = unique("ACC");
		List<Result> results = groupCommit().storeGroup(List.of(accepted(lakeshore(), unique("P"), accession, "P", "Early words."),
				accepted(lakeshore(), unique("F"), accession, "F", "Signed words.")));

		assertThat(results).extracting(r -> r.stored().status()).containsExactly(Status.ACCEPTED, Status.ACCEPTED);
		assertThat(jdbc.sql("select result_status || ':' || report_text from exam where accession_number = ?")
			.param(accession)
			.query(String.class)
			.single()).isEqualTo("FINAL:Signed words.");
		assertThat(jdbc.sql("""
				select v.result_status || ':' || v.report_text from exam_report_version v join exam e on e.id = v.exam_id
				where e.accession_number = ?""").param(accession).query(String.class).list())
			.containsExactly("PRELIMINARY:Early words.");
	}

	@Test
	void aMessageThatCannotBeStoredFailsAloneAndTheRestOfItsGroupIsStored() {
		Route nowhere = new Route(new OrganizationId(UUID.randomUUID()), null); // no such organization: the insert fails
		String good = unique("GOOD");
		List<Result> results = groupCommit().storeGroup(List.of(accepted(lakeshore(), good, unique("ACC"), "F", "Fine."),
				accepted(nowhere, unique("BAD"), unique("ACC"), "F", "Lost.")));

		assertThat(results.get(0).stored().status()).isEqualTo(Status.ACCEPTED);
		assertThat(results.get(1).failure()).isNotNull();
		assertThat(statuses(good)).containsExactly("ACCEPTED");
	}

	private List<String> statuses(String controlId) {
		return jdbc.sql("select status from hl7_message where control_id = ?").param(controlId).query(String.class).list();
	}

	private long count(String sql, String value) {
		return jdbc.sql(sql).param(value).query(Long.class).single();
	}
}
