package org.peerlearning.identity.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.peerlearning.identity.AccountUnlocked;
import org.peerlearning.identity.MembershipGranted;
import org.peerlearning.identity.MembershipRetired;
import org.peerlearning.identity.MembershipRolesChanged;
import org.peerlearning.identity.PasswordResetByAdmin;
import org.peerlearning.identity.People;
import org.peerlearning.identity.People.NewPerson;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonCreated;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.PersonUpdated;
import org.peerlearning.identity.PlatformAdminChanged;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.OrganizationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * People and memberships as the administrators of one organization manage them. Every method
 * takes the organization and only touches people who are active members of it: any other id is
 * not found (404), whatever organization it belongs to. Each change publishes an audit event in
 * the same transaction; passwords never appear in events or logs.
 */
@Service
@Transactional
class PersonAdministration {

	private static final String MEMBER_QUERY = """
			select p.id, p.email, p.given_name, p.family_name, p.cpso_number, p.subspecialties, p.language, p.platform_admin,
			       p.failed_sign_ins, p.locked_until, p.must_change_password, m.id as membership_id, m.roles,
			       (select count(*) from membership o where o.person_id = p.id and o.retired_at is null
			          and o.organization_id <> m.organization_id) as other_organizations
			from membership m join person p on p.id = m.person_id
			where m.organization_id = :organization and m.retired_at is null and p.retired_at is null
			""";

	private final JdbcClient jdbc;

	private final People people;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	PersonAdministration(JdbcClient jdbc, People people, PasswordEncoder passwords, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.people = people;
		this.passwords = passwords;
		this.events = events;
	}

	/** Active members whose name or e-mail contains {@code search}, optionally holding {@code role}. */
	@Transactional(readOnly = true)
	List<MemberAccount> members(OrganizationId organization, String search, Role role) {
		String pattern = search == null || search.isBlank() ? null : "%" + likeEscape(search.strip().toLowerCase()) + "%";
		return jdbc.sql(MEMBER_QUERY + """
				and (cast(:pattern as text) is null or lower(p.given_name || ' ' || p.family_name) like :pattern
				     or lower(p.family_name || ' ' || p.given_name) like :pattern or lower(p.email) like :pattern)
				and (cast(:role as text) is null or ',' || m.roles || ',' like '%,' || :role || ',%')
				order by lower(p.family_name), lower(p.given_name)""")
			.param("organization", organization.value())
			.param("pattern", pattern)
			.param("role", role == null ? null : role.name())
			.query(PersonAdministration::member)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<MemberAccount> member(OrganizationId organization, PersonId person) {
		return jdbc.sql(MEMBER_QUERY + " and p.id = :person")
			.param("organization", organization.value())
			.param("person", person.value())
			.query(PersonAdministration::member)
			.optional();
	}

	/**
	 * Adds a member. A person is one account across organizations: when the e-mail is already
	 * known (a radiologist reading for several organizations) the existing person gets a
	 * membership here and the details typed are not applied to them. {@code platformAdmin} is
	 * {@code null} unless a platform administrator set it.
	 */
	Created create(OrganizationId organization, PersonDetails details, Set<Role> roles, Boolean platformAdmin, UUID actor) {
		Created created = addMember(organization, details, roles, actor);
		if (Boolean.TRUE.equals(platformAdmin)) {
			setPlatformAdmin(organization, created.personId(), true, actor);
		}
		return created;
	}

	private Created addMember(OrganizationId organization, PersonDetails details, Set<Role> roles, UUID actor) {
		Optional<Person> existing = people.findByEmail(details.email());
		if (existing.isPresent()) {
			Person person = existing.get();
			if (!person.active()) {
				throw new FieldConflictException("email", "person.admin.error.emailRetired");
			}
			if (member(organization, person.id()).isPresent()) {
				throw new FieldConflictException("email", "person.admin.error.alreadyMember");
			}
			grant(organization, person.id(), roles, actor, true);
			return new Created(person.id(), true, null);
		}
		requireFreeCpso(details.cpsoNumber(), null);
		String temporaryPassword = TemporaryPasswords.generate();
		PersonId id = uniquely(() -> people.create(new NewPerson(details.email(), details.givenName(), details.familyName(),
				details.cpsoNumber(), details.subspecialties(), details.language(), false), temporaryPassword, true, actor));
		events.publishEvent(new PersonCreated(organization.value(), actor, id.toString(), Map.of("mustChangePassword", "true")));
		grant(organization, id, roles, actor, false);
		return new Created(id, false, temporaryPassword);
	}

	private void grant(OrganizationId organization, PersonId person, Set<Role> roles, UUID actor, boolean existingPerson) {
		UUID membership = people.grant(organization, person, roles, actor);
		events.publishEvent(new MembershipGranted(organization.value(), actor, person.toString(),
				Map.of("membershipId", membership.toString(), "roles", encode(roles), "existingPerson",
						String.valueOf(existingPerson))));
	}

	/** Changes a member's own details; the event names the changed fields, never their values. */
	void update(OrganizationId organization, PersonId person, PersonDetails details, UUID actor) {
		MemberAccount before = require(organization, person);
		if (!before.email().equalsIgnoreCase(details.email())) {
			people.findByEmail(details.email()).filter(p -> !p.id().equals(person)).ifPresent(p -> {
				throw new FieldConflictException("email", "person.admin.error.emailTaken");
			});
		}
		requireFreeCpso(details.cpsoNumber(), person);
		uniquely(() -> jdbc.sql("""
				update person set email = ?, given_name = ?, family_name = ?, cpso_number = ?, subspecialties = ?, language = ?,
				updated_at = now(), updated_by = ? where id = ?""")
			.params(details.email(), details.givenName(), details.familyName(), details.cpsoNumber(),
					String.join(",", details.subspecialties()), details.language(), actor, person.value())
			.update());
		List<String> changed = new ArrayList<>();
		addIfChanged(changed, "email", before.email(), details.email());
		addIfChanged(changed, "givenName", before.givenName(), details.givenName());
		addIfChanged(changed, "familyName", before.familyName(), details.familyName());
		addIfChanged(changed, "cpsoNumber", before.cpsoNumber(), details.cpsoNumber());
		addIfChanged(changed, "subspecialties", before.subspecialties(), details.subspecialties());
		addIfChanged(changed, "language", before.language(), details.language());
		if (!changed.isEmpty()) {
			events.publishEvent(new PersonUpdated(organization.value(), actor, person.toString(),
					Map.of("fields", String.join(",", changed))));
		}
	}

	/**
	 * Saves the person page in one transaction: details, roles and (when {@code platformAdmin} is
	 * not {@code null}) the platform flag; any refusal leaves everything as it was.
	 */
	void edit(OrganizationId organization, PersonId person, PersonDetails details, Set<Role> roles, Boolean platformAdmin,
			UUID actor) {
		update(organization, person, details, actor);
		changeRoles(organization, person, roles, actor);
		if (platformAdmin != null) {
			setPlatformAdmin(organization, person, platformAdmin, actor);
		}
	}

	void changeRoles(OrganizationId organization, PersonId person, Set<Role> roles, UUID actor) {
		MemberAccount before = require(organization, person);
		if (person.value().equals(actor) && before.roles().contains(Role.ORGANIZATION_ADMIN)
				&& !roles.contains(Role.ORGANIZATION_ADMIN)) {
			throw new FieldConflictException("roles", "person.admin.error.ownAdminRole");
		}
		if (before.roles().equals(roles)) {
			return;
		}
		jdbc.sql("update membership set roles = ?, updated_at = now(), updated_by = ? where id = ? and organization_id = ?")
			.params(encode(roles), actor, before.membershipId(), organization.value())
			.update();
		events.publishEvent(new MembershipRolesChanged(organization.value(), actor, person.toString(),
				Map.of("oldRoles", encode(before.roles()), "newRoles", encode(roles))));
	}

	/** Ends a membership: the person keeps their account and other organizations, and loses this one. */
	void retireMembership(OrganizationId organization, PersonId person, String reason, UUID actor) {
		MemberAccount member = require(organization, person);
		if (person.value().equals(actor)) {
			throw new FieldConflictException("reason", "person.admin.error.ownMembership");
		}
		jdbc.sql("""
				update membership set retired_at = now(), retired_by = ?, retired_reason = ?, updated_at = now(), updated_by = ?
				where id = ? and organization_id = ? and retired_at is null""")
			.params(actor, reason.strip(), actor, member.membershipId(), organization.value())
			.update();
		events.publishEvent(new MembershipRetired(organization.value(), actor, person.toString(),
				Map.of("membershipId", member.membershipId().toString(), "reason", reason.strip())));
	}

	void unlock(OrganizationId organization, PersonId person, UUID actor) {
		require(organization, person);
		jdbc.sql("update person set failed_sign_ins = 0, locked_until = null, updated_at = now(), updated_by = ? where id = ?")
			.params(actor, person.value())
			.update();
		events.publishEvent(new AccountUnlocked(organization.value(), actor, person.toString(), Map.of()));
	}

	/** Issues a new temporary password, to be changed at the next sign-in; answers it to show once. */
	String resetPassword(OrganizationId organization, PersonId person, UUID actor) {
		require(organization, person);
		String temporaryPassword = TemporaryPasswords.generate();
		jdbc.sql("""
				update person set password_hash = ?, must_change_password = true, updated_at = now(), updated_by = ?
				where id = ?""")
			.params(passwords.encode(temporaryPassword), actor, person.value())
			.update();
		events.publishEvent(new PasswordResetByAdmin(organization.value(), actor, person.toString(), Map.of()));
		return temporaryPassword;
	}

	/** Grants or withdraws platform administration; callers make sure the actor is a platform administrator. */
	void setPlatformAdmin(OrganizationId organization, PersonId person, boolean platformAdmin, UUID actor) {
		MemberAccount member = require(organization, person);
		if (member.platformAdmin() == platformAdmin) {
			return;
		}
		if (person.value().equals(actor)) {
			throw new FieldConflictException("platformAdmin", "person.admin.error.ownPlatformAdmin");
		}
		jdbc.sql("update person set platform_admin = ?, updated_at = now(), updated_by = ? where id = ?")
			.params(platformAdmin, actor, person.value())
			.update();
		events.publishEvent(new PlatformAdminChanged(organization.value(), actor, person.toString(),
				Map.of("platformAdmin", String.valueOf(platformAdmin))));
	}

	private MemberAccount require(OrganizationId organization, PersonId person) {
		return member(organization, person).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void requireFreeCpso(String cpsoNumber, PersonId except) {
		if (cpsoNumber == null) {
			return;
		}
		people.findByCpso(cpsoNumber).filter(p -> !p.id().equals(except)).ifPresent(p -> {
			throw new FieldConflictException("cpsoNumber", "person.admin.error.cpsoTaken");
		});
	}

	/**
	 * Runs a write guarded by the unique e-mail and CPSO indexes: the checks before it catch the
	 * usual case, this catches two administrators saving the same value at the same moment.
	 */
	private static <T> T uniquely(Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DuplicateKeyException e) {
			boolean cpso = String.valueOf(e.getMessage()).contains("person_cpso_uk");
			throw new FieldConflictException(cpso ? "cpsoNumber" : "email",
					cpso ? "person.admin.error.cpsoTaken" : "person.admin.error.emailTaken");
		}
	}

	private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	static String encode(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static String likeEscape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static MemberAccount member(ResultSet rs, int row) throws SQLException {
		String subspecialties = rs.getString("subspecialties");
		String roles = rs.getString("roles");
		Set<Role> parsed = EnumSet.noneOf(Role.class);
		if (roles != null && !roles.isBlank()) {
			Arrays.stream(roles.split(",")).map(String::strip).map(Role::valueOf).forEach(parsed::add);
		}
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new MemberAccount(rs.getObject("id", UUID.class), rs.getObject("membership_id", UUID.class), rs.getString("email"),
				rs.getString("given_name"), rs.getString("family_name"), rs.getString("cpso_number"),
				subspecialties == null || subspecialties.isBlank() ? List.of() : List.of(subspecialties.split(",")),
				rs.getString("language"), rs.getBoolean("platform_admin"), Set.copyOf(parsed), rs.getInt("failed_sign_ins"),
				lockedUntil == null ? null : lockedUntil.toInstant(), rs.getBoolean("must_change_password"),
				rs.getInt("other_organizations"));
	}

	/** The outcome of adding a member: a new person (with a temporary password) or an existing one. */
	record Created(PersonId personId, boolean existingPerson, String temporaryPassword) {
	}
}
