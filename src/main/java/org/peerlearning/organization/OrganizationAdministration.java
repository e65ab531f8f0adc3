package org.peerlearning.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administration of organizations, their sites and program settings. Nothing is ever deleted:
 * organizations and sites are retired with who, when and why. Every change publishes an event
 * for the audit trail in the same transaction. Callers check who may act; every site query here
 * is scoped to the organization given, so an id of another organization is simply not found.
 */
@Service
@Transactional
public class OrganizationAdministration {

	private static final String ORGANIZATION_COLUMNS = "id, name, kind, retired_at, retired_reason";

	private static final String SITE_COLUMNS = "id, organization_id, name, code, retired_at, retired_reason";

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	OrganizationAdministration(JdbcClient jdbc, Organizations organizations, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.events = events;
	}

	// Organizations (platform administration)

	@Transactional(readOnly = true)
	public List<OrganizationEntry> organizations() {
		return jdbc.sql("select " + ORGANIZATION_COLUMNS + " from organization order by retired_at nulls first, name")
			.query(OrganizationAdministration::organizationEntry)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationEntry> organization(OrganizationId id) {
		return jdbc.sql("select " + ORGANIZATION_COLUMNS + " from organization where id = ?")
			.param(id.value())
			.query(OrganizationAdministration::organizationEntry)
			.optional();
	}

	public OrganizationId createOrganization(String name, OrganizationKind kind, UUID actor) {
		requireFreeOrganizationName(name, null);
		OrganizationId id = uniquely(() -> organizations.create(name, kind, actor), "organization name in use");
		events.publishEvent(new OrganizationCreated(id.value(), actor, id.toString(), Map.of("kind", kind.name())));
		return id;
	}

	public void updateOrganization(OrganizationId id, String name, OrganizationKind kind, UUID actor) {
		OrganizationEntry before = organization(id).orElseThrow(OrganizationAdministration::notFound);
		requireFreeOrganizationName(name, id);
		uniquely(() -> jdbc.sql("update organization set name = ?, kind = ?, updated_at = now(), updated_by = ? where id = ?")
			.params(name.strip(), kind.name(), actor, id.value())
			.update(), "organization name in use");
		Map<String, String> changed = new LinkedHashMap<>();
		if (!before.name().equals(name.strip())) {
			changed.put("changed.name", "name");
		}
		if (before.kind() != kind) {
			changed.put("changed.kind", before.kind() + " -> " + kind);
		}
		if (!changed.isEmpty()) {
			events.publishEvent(new OrganizationUpdated(id.value(), actor, id.toString(), changed));
		}
	}

	public void retireOrganization(OrganizationId id, String reason, UUID actor) {
		OrganizationEntry entry = organization(id).orElseThrow(OrganizationAdministration::notFound);
		if (!entry.active()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		jdbc.sql("""
				update organization set retired_at = now(), retired_by = ?, retired_reason = ?, updated_at = now(), updated_by = ?
				where id = ? and retired_at is null""")
			.params(actor, reason.strip(), actor, id.value())
			.update();
		events.publishEvent(new OrganizationRetired(id.value(), actor, id.toString(), Map.of("reason", reason.strip())));
	}

	public void reinstateOrganization(OrganizationId id, UUID actor) {
		OrganizationEntry entry = organization(id).orElseThrow(OrganizationAdministration::notFound);
		if (entry.active()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		// The retirement is kept in the audit trail; the row only says whether it is active now.
		jdbc.sql("""
				update organization set retired_at = null, retired_by = null, retired_reason = null, updated_at = now(),
				updated_by = ? where id = ?""")
			.params(actor, id.value())
			.update();
		events.publishEvent(new OrganizationReinstated(id.value(), actor, id.toString(),
				Map.of("previousReason", Objects.toString(entry.retiredReason(), ""))));
	}

	private void requireFreeOrganizationName(String name, OrganizationId except) {
		organizations.findByName(name.strip())
			.filter(existing -> !existing.id().equals(except))
			.ifPresent(existing -> {
				throw new NameTakenException("organization name in use");
			});
	}

	// Sites (organization administration, always scoped to one organization)

	@Transactional(readOnly = true)
	public List<SiteEntry> sites(OrganizationId organization) {
		return jdbc.sql("select " + SITE_COLUMNS + " from site where organization_id = ? order by retired_at nulls first, name")
			.param(organization.value())
			.query(OrganizationAdministration::siteEntry)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<SiteEntry> site(OrganizationId organization, SiteId site) {
		return jdbc.sql("select " + SITE_COLUMNS + " from site where organization_id = ? and id = ?")
			.params(organization.value(), site.value())
			.query(OrganizationAdministration::siteEntry)
			.optional();
	}

	public SiteId createSite(OrganizationId organization, String name, String code, UUID actor) {
		requireFreeSiteName(organization, name, null);
		SiteId id = uniquely(() -> organizations.createSite(organization, name, blankToNull(code), actor), "site name in use");
		events.publishEvent(new SiteCreated(organization.value(), actor, id.toString(), Map.of("name", name.strip())));
		return id;
	}

	public void updateSite(OrganizationId organization, SiteId site, String name, String code, UUID actor) {
		SiteEntry before = site(organization, site).orElseThrow(OrganizationAdministration::notFound);
		if (!before.active()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		requireFreeSiteName(organization, name, site);
		uniquely(() -> jdbc.sql("update site set name = ?, code = ?, updated_at = now(), updated_by = ? where organization_id = ? and id = ?")
			.params(name.strip(), blankToNull(code), actor, organization.value(), site.value())
			.update(), "site name in use");
		Map<String, String> changed = new LinkedHashMap<>();
		if (!before.name().equals(name.strip())) {
			changed.put("changed.name", "name");
		}
		if (!Objects.equals(before.code(), blankToNull(code))) {
			changed.put("changed.code", "code");
		}
		if (!changed.isEmpty()) {
			events.publishEvent(new SiteUpdated(organization.value(), actor, site.toString(), changed));
		}
	}

	public void retireSite(OrganizationId organization, SiteId site, String reason, UUID actor) {
		SiteEntry entry = site(organization, site).orElseThrow(OrganizationAdministration::notFound);
		if (!entry.active()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		jdbc.sql("""
				update site set retired_at = now(), retired_by = ?, retired_reason = ?, updated_at = now(), updated_by = ?
				where organization_id = ? and id = ? and retired_at is null""")
			.params(actor, reason.strip(), actor, organization.value(), site.value())
			.update();
		events.publishEvent(new SiteRetired(organization.value(), actor, site.toString(), Map.of("reason", reason.strip())));
	}

	private void requireFreeSiteName(OrganizationId organization, String name, SiteId except) {
		Optional<UUID> existing = jdbc.sql("select id from site where organization_id = ? and lower(name) = lower(?)")
			.params(organization.value(), name.strip())
			.query(UUID.class)
			.optional();
		if (existing.isPresent() && (except == null || !existing.get().equals(except.value()))) {
			throw new NameTakenException("site name in use");
		}
	}

	// Program settings

	@Transactional(readOnly = true)
	public ProgramSettings settings(OrganizationId organization) {
		return jdbc.sql("select submission_target_per_month from program_settings where organization_id = ?")
			.param(organization.value())
			.query((rs, n) -> new ProgramSettings(rs.getInt("submission_target_per_month")))
			.optional()
			.orElseThrow(OrganizationAdministration::notFound);
	}

	public void updateSettings(OrganizationId organization, ProgramSettings settings, UUID actor) {
		ProgramSettings before = settings(organization);
		jdbc.sql("""
				update program_settings set submission_target_per_month = ?, updated_at = now(), updated_by = ?
				where organization_id = ?""")
			.params(settings.submissionTargetPerMonth(), actor, organization.value())
			.update();
		Map<String, String> changes = settings.changesFrom(before);
		if (!changes.isEmpty()) {
			events.publishEvent(new ProgramSettingsUpdated(organization.value(), actor, organization.toString(), changes));
		}
	}

	/**
	 * Runs a write guarded by a unique index: the checks above catch the usual case, this catches
	 * two administrators saving the same name at the same moment.
	 */
	private static <T> T uniquely(Supplier<T> write, String message) {
		try {
			return write.get();
		}
		catch (DuplicateKeyException e) {
			throw new NameTakenException(message);
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static OrganizationEntry organizationEntry(ResultSet rs, int row) throws SQLException {
		return new OrganizationEntry(new OrganizationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), instant(rs.getTimestamp("retired_at")),
				rs.getString("retired_reason"));
	}

	private static SiteEntry siteEntry(ResultSet rs, int row) throws SQLException {
		return new SiteEntry(new SiteId(rs.getObject("id", UUID.class)),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("name"), rs.getString("code"),
				instant(rs.getTimestamp("retired_at")), rs.getString("retired_reason"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** An organization as its administrators see it, with why it was retired. */
	public record OrganizationEntry(OrganizationId id, String name, OrganizationKind kind, Instant retiredAt,
			String retiredReason) {

		public boolean active() {
			return retiredAt == null;
		}
	}

	/** A site as its administrators see it, with why it was retired. */
	public record SiteEntry(SiteId id, OrganizationId organizationId, String name, String code, Instant retiredAt,
			String retiredReason) {

		public boolean active() {
			return retiredAt == null;
		}
	}
}
