package org.peerlearning.intake;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.intake.domain.ExamRecorder;
import org.peerlearning.intake.domain.FacilityRouter;
import org.peerlearning.intake.domain.MessageLog;
import org.peerlearning.intake.domain.RadiologistResolver;
import org.peerlearning.intake.domain.Route;
import org.peerlearning.intake.hl7.Hl7Intake;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;

/**
 * Routing of senders to organizations. The shared test context runs in demo mode, so the router
 * and intake outside demo mode are built here by hand on the same database.
 */
@ApplicationTest
class FacilityRoutingTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organizations organizations;

	@Autowired
	ExamRecorder recorder;

	@Autowired
	MessageLog messages;

	@Autowired
	RadiologistResolver radiologists;

	@Autowired
	TransactionTemplate transaction;

	private Organization northern() {
		return organizations.findByName("Northern Imaging Group").orElseThrow();
	}

	@Test
	void outsideDemoModeAnUnknownFacilityIsNotRouted() {
		FacilityRouter router = new FacilityRouter(jdbc, organizations, false);
		assertThat(router.route(unique("NOWHERE"), null)).isEmpty();
	}

	@Test
	void outsideDemoModeAMessageFromAnUnknownFacilityIsRejectedAndKeptForAnAdministrator() throws Exception {
		FacilityRouter router = new FacilityRouter(jdbc, organizations, false);
		Hl7Intake intake = new Hl7Intake(router, recorder, messages, radiologists, transaction, ZoneId.of("America/Toronto"));
		try {
			String controlId = unique("UNMAPPED");
			String message = oru(controlId, unique("ACC"), "F", null, "Text.").replace("|RIS|LGH|", "|RIS|STRANGER|");
			String ack = new String(intake.receive(message.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
			assertThat(ack).contains("MSA|AR|" + controlId).contains("204^Unknown key identifier")
				.contains("'STRANGER' is not mapped");
			assertThat(jdbc.sql("select error_code from hl7_message where control_id = ?").param(controlId).query(String.class).single())
				.isEqualTo("UNMAPPED_FACILITY");
		}
		finally {
			intake.destroy();
		}
	}

	@Test
	void aMappedFacilityGoesToItsOrganizationAndAReceivingFacilityRouteWinsOverAGeneralOne() {
		Organization northern = northern();
		Organization lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow();
		String sending = unique("SENDER");
		insertRoute(lakeshore, sending, null);
		insertRoute(northern, sending, "NORTH-DEPT");
		FacilityRouter router = new FacilityRouter(jdbc, organizations, false);
		assertThat(router.route(sending.toLowerCase(), "OTHER")).map(Route::organizationId).contains(lakeshore.id());
		assertThat(router.route(sending, "north-dept")).map(Route::organizationId).contains(northern.id());
	}

	@Test
	void inDemoModeAnUnknownFacilityGoesToTheDemoHospitalAtTheSiteNamedByItsCode() {
		FacilityRouter router = new FacilityRouter(jdbc, organizations, true);
		Organization lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow();
		Route route = router.route("LWH", null).orElseThrow();
		assertThat(route.organizationId()).isEqualTo(lakeshore.id());
		assertThat(organizations.findSite(lakeshore.id(), route.siteId()).orElseThrow().code()).isEqualTo("LWH");
		assertThat(router.route(unique("ANY"), null).orElseThrow().siteId()).isNull();
	}

	private void insertRoute(Organization organization, String sending, String receiving) {
		jdbc.sql("insert into facility_route (id, organization_id, sending_facility, receiving_facility) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), organization.id().value(), sending, receiving)
			.update();
	}
}
