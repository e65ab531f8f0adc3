package org.peerlearning.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.peerlearning.organization.program.ProgramDefaults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization module's public face: look up organizations and their sites, create them.
 * Every lookup of a site is scoped to its organization, so a guessed id of another organization
 * finds nothing.
 */
@Service
public class Organizations {

	private final JdbcClient jdbc;

	private final ProgramDefaults programDefaults;

	Organizations(JdbcClient jdbc, ProgramDefaults programDefaults) {
		this.jdbc = jdbc;
		this.programDefaults = programDefaults;
	}

	public Optional<Organization> find(OrganizationId id) {
		return jdbc.sql("select id, name, kind, retired_at from organization where id = ?")
			.param(id.value())
			.query(Organizations::organization)
			.optional();
	}

	public Optional<Organization> findByName(String name) {
		return jdbc.sql("select id, name, kind, retired_at from organization where lower(name) = lower(?)")
			.param(name)
			.query(Organizations::organization)
			.optional();
	}

	public List<Organization> findAll(Collection<OrganizationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] values = ids.stream().map(OrganizationId::value).toArray(UUID[]::new);
		return jdbc.sql("select id, name, kind, retired_at from organization where id = any(?) order by name")
			.param(values)
			.query(Organizations::organization)
			.list();
	}

	public List<Organization> all() {
		return jdbc.sql("select id, name, kind, retired_at from organization order by retired_at nulls first, name")
			.query(Organizations::organization)
			.list();
	}

	public List<Site> sites(OrganizationId organization) {
		return jdbc.sql("""
				select id, organization_id, name, code, retired_at from site
				where organization_id = ? order by retired_at nulls first, name""")
			.param(organization.value())
			.query(Organizations::site)
			.list();
	}

	public Optional<Site> findSite(OrganizationId organization, SiteId site) {
		return jdbc.sql("select id, organization_id, name, code, retired_at from site where organization_id = ? and id = ?")
			.param(organization.value())
			.param(site.value())
			.query(Organizations::site)
			.optional();
	}

	@Transactional
	public OrganizationId create(String name, OrganizationKind kind, UUID actor) {
		OrganizationId id = OrganizationId.random();
		jdbc.sql("insert into organization (id, name, kind, created_by, updated_by) values (?, ?, ?, ?, ?)")
			.params(id.value(), name.strip(), kind.name(), actor, actor)
			.update();
		jdbc.sql("insert into program_settings (organization_id, updated_by) values (?, ?)")
			.params(id.value(), actor)
			.update();
		programDefaults.seed(id, actor);
		return id;
	}

	@Transactional
	public SiteId createSite(OrganizationId organization, String name, String code, UUID actor) {
		SiteId id = SiteId.random();
		jdbc.sql("insert into site (id, organization_id, name, code, created_by, updated_by) values (?, ?, ?, ?, ?, ?)")
			.params(id.value(), organization.value(), name.strip(), code, actor, actor)
			.update();
		return id;
	}

	static Organization organization(ResultSet rs, int row) throws SQLException {
		return new Organization(new OrganizationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), instant(rs.getTimestamp("retired_at")));
	}

	static Site site(ResultSet rs, int row) throws SQLException {
		return new Site(new SiteId(rs.getObject("id", UUID.class)),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("name"),
				rs.getString("code"), instant(rs.getTimestamp("retired_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
