package org.peerlearning.intake.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.FeedMappingChanged;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organization's administrator does about the feed: map senders to the organization and
 * feed identifiers to radiologists. Everything is scoped to the administrator's organization.
 */
@Component
public class IntakeAdministration {

	private final JdbcClient jdbc;

	private final FacilityRouter router;

	private final RadiologistResolver radiologists;

	private final ApplicationEventPublisher events;

	public IntakeAdministration(JdbcClient jdbc, FacilityRouter router, RadiologistResolver radiologists,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.router = router;
		this.radiologists = radiologists;
		this.events = events;
	}

	/** Routes a sender to the organization; answers false when another active route already claims it. */
	@Transactional
	public boolean addRoute(OrganizationId organization, SiteId site, String sendingFacility, String receivingFacility, UUID actor) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into facility_route (id, organization_id, site_id, sending_facility, receiving_facility, created_by, updated_by)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, organization.value(), site == null ? null : site.value(), sendingFacility.strip(),
						receivingFacility == null || receivingFacility.isBlank() ? null : receivingFacility.strip(), actor, actor)
				.update();
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		router.invalidate();
		events.publishEvent(new FeedMappingChanged("intake.facility.routed", organization.value(), actor, "facility_route",
				id.toString(), Map.of("sendingFacility", sendingFacility.strip())));
		return true;
	}

	/** Stops routing a sender; the route is retired, not deleted. */
	@Transactional
	public void retireRoute(OrganizationId organization, UUID route, UUID actor) {
		int retired = jdbc.sql("""
				update facility_route set retired_at = now(), retired_by = ?, retired_reason = 'retired by an administrator'
				where id = ? and organization_id = ? and retired_at is null""")
			.params(actor, route, organization.value())
			.update();
		router.invalidate();
		if (retired > 0) {
			events.publishEvent(new FeedMappingChanged("intake.facility.route-retired", organization.value(), actor, "facility_route",
					route.toString(), Map.of()));
		}
	}

	/** Records in the audit trail that a rejected message was replayed. */
	@Transactional
	public void recordReplay(OrganizationId organization, UUID message, boolean accepted, UUID actor) {
		events.publishEvent(new FeedMappingChanged("intake.message.replayed", organization.value(), actor, "hl7_message",
				message.toString(), Map.of("accepted", Boolean.toString(accepted))));
	}

	public List<RouteRow> routes(OrganizationId organization) {
		return jdbc.sql("""
				select r.id, r.sending_facility, r.receiving_facility, s.name as site_name from facility_route r
				left join site s on s.id = r.site_id
				where r.organization_id = ? and r.retired_at is null order by lower(r.sending_facility)""")
			.param(organization.value())
			.query((rs, n) -> new RouteRow(rs.getObject("id", UUID.class), rs.getString("sending_facility"),
					rs.getString("receiving_facility"), rs.getString("site_name")))
			.list();
	}

	/** Senders nobody routed yet, with how many messages they sent: names only, never message content. */
	public List<UnmappedFacility> unmappedFacilities() {
		return jdbc.sql("""
				select sending_facility, count(*) as n, max(received_at) as last_at from hl7_message
				where status = 'REJECTED' and error_code = 'UNMAPPED_FACILITY' group by sending_facility
				order by max(received_at) desc limit 50""")
			.query((rs, n) -> new UnmappedFacility(rs.getString("sending_facility"), rs.getLong("n"),
					ExamRecorder.instant(rs.getTimestamp("last_at"))))
			.list();
	}

	/** Rejected messages of a sender that now routes to the organization, oldest first, for replay. */
	public List<UUID> rejectedFrom(String sendingFacility) {
		return jdbc.sql("""
				select id from hl7_message where status = 'REJECTED' and error_code = 'UNMAPPED_FACILITY'
				and sending_facility = ? order by received_at limit 1000""")
			.param(sendingFacility)
			.query(UUID.class)
			.list();
	}

	/** Maps a feed identifier to a member radiologist and fills in the exams already received under it. */
	@Transactional
	public int mapRadiologist(OrganizationId organization, String rawIdentifier, PersonId person, UUID actor) {
		String raw = rawIdentifier.strip();
		jdbc.sql("""
				update radiologist_identifier_map set retired_at = now(), retired_by = ?, retired_reason = 'replaced'
				where organization_id = ? and raw_identifier = ? and retired_at is null""")
			.params(actor, organization.value(), raw)
			.update();
		jdbc.sql("""
				insert into radiologist_identifier_map (id, organization_id, raw_identifier, person_id, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), organization.value(), raw, person.value(), actor, actor)
			.update();
		jdbc.sql("""
				update unmapped_radiologist set resolved_at = now(), resolved_by = ?
				where organization_id = ? and raw_identifier = ?""")
			.params(actor, organization.value(), raw)
			.update();
		int exams = jdbc.sql("""
				update exam set reading_radiologist_id = ?, updated_at = now(), updated_by = ?
				where organization_id = ? and radiologist_raw_id = ? and reading_radiologist_id is null""")
			.params(person.value(), actor, organization.value(), raw)
			.update();
		radiologists.invalidate();
		events.publishEvent(new FeedMappingChanged("intake.radiologist.mapped", organization.value(), actor, "person",
				person.toString(), Map.of("identifier", raw, "exams", Integer.toString(exams))));
		return exams;
	}

	public List<UnmappedRadiologist> unmappedRadiologists(OrganizationId organization) {
		radiologists.flush();
		return jdbc.sql("""
				select raw_identifier, raw_name, message_count, last_seen_at from unmapped_radiologist
				where organization_id = ? and resolved_at is null order by message_count desc limit 100""")
			.param(organization.value())
			.query((rs, n) -> new UnmappedRadiologist(rs.getString("raw_identifier"), rs.getString("raw_name"),
					rs.getLong("message_count"), ExamRecorder.instant(rs.getTimestamp("last_seen_at"))))
			.list();
	}

	/** An active route of the organization. */
	public record RouteRow(UUID id, String sendingFacility, String receivingFacility, String siteName) {
	}

	/** A sender that nobody has routed. */
	public record UnmappedFacility(String sendingFacility, long messages, java.time.Instant lastReceivedAt) {
	}

	/** A feed identifier that matches no radiologist yet. */
	public record UnmappedRadiologist(String rawIdentifier, String rawName, long messages, java.time.Instant lastSeenAt) {
	}
}
