package org.peerlearning.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.peerlearning.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's public face for people and their memberships. */
@Service
public class People {

	static final String COLUMNS = "id, email, given_name, family_name, cpso_number, subspecialties, language, platform_admin, retired_at";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	People(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	public Optional<Person> find(PersonId id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = ?").param(id.value()).query(People::person).optional();
	}

	public Optional<Person> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from person where lower(email) = lower(?)")
			.param(email.strip())
			.query(People::person)
			.optional();
	}

	public Optional<Person> findByCpso(String cpsoNumber) {
		return jdbc.sql("select " + COLUMNS + " from person where cpso_number = ?")
			.param(cpsoNumber.strip())
			.query(People::person)
			.optional();
	}

	/** Active members of an organization, with their roles there. */
	public List<Member> members(OrganizationId organization) {
		return jdbc.sql("select p.id, p.email, p.given_name, p.family_name, p.cpso_number, p.subspecialties, p.language, "
				+ "p.platform_admin, p.retired_at, m.id as membership_id, m.roles from membership m join person p on p.id = m.person_id "
				+ "where m.organization_id = ? and m.retired_at is null and p.retired_at is null order by p.family_name, p.given_name")
			.param(organization.value())
			.query((rs, n) -> new Member(person(rs, n),
					new Membership(rs.getObject("membership_id", UUID.class), organization, new PersonId(rs.getObject("id", UUID.class)),
							roles(rs.getString("roles")))))
			.list();
	}

	/** Active memberships of a person in active organizations. */
	public List<Membership> memberships(PersonId person) {
		return jdbc.sql("""
				select m.id, m.organization_id, m.roles from membership m
				join organization o on o.id = m.organization_id
				where m.person_id = ? and m.retired_at is null and o.retired_at is null
				order by o.name""")
			.param(person.value())
			.query((rs, n) -> new Membership(rs.getObject("id", UUID.class),
					new OrganizationId(rs.getObject("organization_id", UUID.class)), person, roles(rs.getString("roles"))))
			.list();
	}

	/**
	 * Creates a person with an initial password. {@code mustChangePassword} forces a new password at
	 * the first sign-in, as for every account an administrator creates.
	 */
	@Transactional
	public PersonId create(NewPerson person, String initialPassword, boolean mustChangePassword, UUID actor) {
		PersonId id = PersonId.random();
		jdbc.sql("""
				insert into person (id, email, given_name, family_name, cpso_number, subspecialties, language,
				                    password_hash, must_change_password, platform_admin, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), person.email().strip().toLowerCase(), person.givenName().strip(), person.familyName().strip(),
					blankToNull(person.cpsoNumber()), String.join(",", person.subspecialties()), person.language(),
					initialPassword == null ? null : passwords.encode(initialPassword), mustChangePassword,
					person.platformAdmin(), actor, actor)
			.update();
		return id;
	}

	@Transactional
	public UUID grant(OrganizationId organization, PersonId person, Set<Role> roles, UUID actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into membership (id, organization_id, person_id, roles, created_by, updated_by) values (?, ?, ?, ?, ?, ?)")
			.params(id, organization.value(), person.value(), encode(roles), actor, actor)
			.update();
		return id;
	}

	public long count() {
		return jdbc.sql("select count(*) from person").query(Long.class).single();
	}

	static String encode(Collection<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	static Set<Role> roles(String encoded) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (encoded != null && !encoded.isBlank()) {
			Arrays.stream(encoded.split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}

	static Person person(ResultSet rs, int row) throws SQLException {
		String subspecialties = rs.getString("subspecialties");
		Timestamp retired = rs.getTimestamp("retired_at");
		return new Person(new PersonId(rs.getObject("id", UUID.class)), rs.getString("email"), rs.getString("given_name"),
				rs.getString("family_name"), rs.getString("cpso_number"),
				subspecialties == null || subspecialties.isBlank() ? List.of() : List.of(subspecialties.split(",")),
				rs.getString("language"), rs.getBoolean("platform_admin"), retired == null ? null : retired.toInstant());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A person with their membership in one organization. */
	public record Member(Person person, Membership membership) {
	}

	/** What it takes to create a person. */
	public record NewPerson(String email, String givenName, String familyName, String cpsoNumber, List<String> subspecialties,
			String language, boolean platformAdmin) {
	}
}
