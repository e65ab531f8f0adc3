package org.peerlearning.intake.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.Site;
import org.peerlearning.organization.SiteId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Maps a sender (MSH-4 sending facility and optionally MSH-6 receiving facility) to an
 * organization and site through {@code facility_route}. A route naming the receiving facility wins
 * over one that does not. The table is small and read on every message, so it is kept in memory
 * and reloaded every few seconds (other instances may change it) and at once after a local change.
 * In demo mode a sender nobody mapped goes to the demo hospital, so any test sender works.
 */
@Component
public class FacilityRouter {

	static final String DEMO_ORGANIZATION = "Lakeshore Regional Health";

	private static final long RELOAD_NANOS = 10_000_000_000L;

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final boolean demo;

	private volatile Snapshot snapshot;

	public FacilityRouter(JdbcClient jdbc, Organizations organizations, @Value("${peerlearning.demo.enabled:false}") boolean demo) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.demo = demo;
	}

	public Optional<Route> route(String sendingFacility, String receivingFacility) {
		Snapshot current = snapshot();
		String sending = normalize(sendingFacility);
		String receiving = normalize(receivingFacility);
		Route general = null;
		for (Entry entry : current.entries()) {
			if (!entry.sending().equals(sending)) {
				continue;
			}
			if (entry.receiving() == null) {
				general = entry.route();
			}
			else if (entry.receiving().equals(receiving)) {
				return Optional.of(entry.route());
			}
		}
		if (general != null) {
			return Optional.of(general);
		}
		return demo ? current.demoRoute(sending) : Optional.empty();
	}

	/** Forgets the cached routes, after a route was added or retired. */
	public void invalidate() {
		snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || System.nanoTime() - current.loadedAt() > RELOAD_NANOS) {
			current = load();
			// in demo mode the demo hospital may not be seeded yet at the first message: retry then
			snapshot = demo && current.demoOrganization() == null ? null : current;
		}
		return current;
	}

	private Snapshot load() {
		List<Entry> entries = jdbc.sql("""
				select organization_id, site_id, sending_facility, receiving_facility from facility_route
				where retired_at is null""")
			.query((rs, n) -> new Entry(normalize(rs.getString("sending_facility")), normalize(rs.getString("receiving_facility")),
					new Route(new OrganizationId(rs.getObject("organization_id", UUID.class)),
							rs.getObject("site_id", UUID.class) == null ? null : new SiteId(rs.getObject("site_id", UUID.class)))))
			.list();
		OrganizationId demoOrganization = demo
				? organizations.findByName(DEMO_ORGANIZATION).map(o -> o.id()).orElse(null) : null;
		List<Site> demoSites = demoOrganization == null ? List.of() : organizations.sites(demoOrganization);
		return new Snapshot(System.nanoTime(), entries, demoOrganization, demoSites);
	}

	static String normalize(String facility) {
		return facility == null || facility.isBlank() ? null : facility.strip().toLowerCase(Locale.ROOT);
	}

	private record Entry(String sending, String receiving, Route route) {
	}

	private record Snapshot(long loadedAt, List<Entry> entries, OrganizationId demoOrganization, List<Site> demoSites) {

		/** The demo hospital, at the site whose code the sender uses as its facility name (LGH, LWH), if any. */
		Optional<Route> demoRoute(String sending) {
			if (demoOrganization == null) {
				return Optional.empty();
			}
			SiteId site = demoSites.stream()
				.filter(s -> s.active() && s.code() != null && s.code().equalsIgnoreCase(sending == null ? "" : sending))
				.map(Site::id)
				.findFirst()
				.orElse(null);
			return Optional.of(new Route(demoOrganization, site));
		}
	}
}
