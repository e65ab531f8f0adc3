package org.peerlearning.identity.admin;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.AccountUnlocked;
import org.peerlearning.identity.MembershipGranted;
import org.peerlearning.identity.MembershipRetired;
import org.peerlearning.identity.MembershipRolesChanged;
import org.peerlearning.identity.PasswordResetByAdmin;
import org.peerlearning.identity.People;
import org.peerlearning.identity.Person;
import org.peerlearning.identity.PersonCreated;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.PersonUpdated;
import org.peerlearning.identity.PlatformAdminChanged;
import org.peerlearning.identity.Role;
import org.peerlearning.organization.OrganizationAdministration;
import org.peerlearning.platform.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
@RecordApplicationEvents
class PeopleAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApplicationEvents events;

	AdminFixtures fixture;

	RequestPostProcessor admin;

	@BeforeEach
	void freshOrganization() {
		fixture = AdminFixtures.create(organizations, people);
		admin = fixture.signIn(users);
	}

	@Test
	void aNewPersonGetsATemporaryPasswordShownOnceAndMustChangeIt() throws Exception {
		String email = unique("new.radiologist");
		MvcResult created = mvc.perform(newPerson(email, "Ana", "Ferreira", "").param("roles", "RADIOLOGIST", "TECHNOLOGIST"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "person.admin.created"))
			.andReturn();
		PersonId id = people.findByEmail(email).orElseThrow().id();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/" + id);
		String temporaryPassword = (String) created.getFlashMap().get("temporaryPassword");
		assertThat(temporaryPassword).hasSize(19);
		assertThat(passwords.matches(temporaryPassword, passwordHash(id))).isTrue();
		assertThat(jdbc.sql("select must_change_password from person where id = ?").param(id.value()).query(Boolean.class).single())
			.isTrue();

		// The password travels in the session's flash map to the page after the redirect, and only there.
		Cookie session = created.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/admin/people/{id}", id.value()).with(admin).cookie(session))
			.andExpect(content().string(containsString(temporaryPassword)));
		mvc.perform(get("/admin/people/{id}", id.value()).with(admin).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(temporaryPassword))));

		assertThat(events.stream(PersonCreated.class)).anyMatch(e -> e.targetId().equals(id.toString()));
		assertThat(events.stream(MembershipGranted.class))
			.anyMatch(e -> e.targetId().equals(id.toString()) && e.details().get("roles").equals("RADIOLOGIST,TECHNOLOGIST"));
		assertThat(events.stream(AuditableEvent.class)).allSatisfy(e -> assertThat(e.details().values()).doesNotContain(temporaryPassword));
	}

	@Test
	void anExistingEmailAddsAMembershipToThatPersonInsteadOfADuplicate() throws Exception {
		String email = unique("reads.for.two");
		mvc.perform(newPerson(email, "Noor", "Haddad", "").param("roles", "RADIOLOGIST")).andExpect(status().is3xxRedirection());
		PersonId id = people.findByEmail(email).orElseThrow().id();

		AdminFixtures other = AdminFixtures.create(organizations, people);
		MvcResult added = mvc.perform(post("/admin/people").with(other.signIn(users))
			.with(csrf())
			.param("email", email.toUpperCase())
			.param("givenName", "Someone")
			.param("familyName", "Else")
			.param("language", "fr")
			.param("roles", "PROGRAM_LEAD"))
			.andExpect(redirectedUrl("/admin/people/" + id))
			.andExpect(flash().attribute("flash", "person.admin.existingAdded"))
			.andReturn();
		assertThat(added.getFlashMap().get("temporaryPassword")).isNull();

		Person person = people.find(id).orElseThrow();
		assertThat(person.familyName()).isEqualTo("Haddad");
		assertThat(people.memberships(id)).extracting(m -> m.organizationId())
			.containsExactlyInAnyOrder(fixture.organization(), other.organization());
		assertThat(jdbc.sql("select count(*) from person where lower(email) = lower(?)").param(email).query(Long.class).single())
			.isEqualTo(1);

		mvc.perform(post("/admin/people").with(other.signIn(users))
			.with(csrf())
			.param("email", email)
			.param("givenName", "Noor")
			.param("familyName", "Haddad")
			.param("language", "en")
			.param("roles", "RADIOLOGIST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already a member of this organization")));
	}

	@Test
	void aCpsoNumberOrEmailInUseIsAFieldErrorThatKeepsWhatWasTyped() throws Exception {
		mvc.perform(newPerson(unique("cpso.clash"), "Lea", "Roy", "80101").param("roles", "RADIOLOGIST"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("already has this CPSO number"), containsString("value=\"80101\""),
					containsString("aria-describedby=\"cpsoNumber-hint cpsoNumber-error\""))));
		mvc.perform(newPerson("not-an-email", "", "Roy", "12a").param("roles", "RADIOLOGIST"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"email-error\""), containsString("id=\"givenName-error\""),
					containsString("id=\"cpsoNumber-error\""), containsString("value=\"not-an-email\""))));
		mvc.perform(newPerson(unique("no.roles"), "Lea", "Roy", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one role.")));
	}

	@Test
	void anAdministratorEditsDetailsAndRolesAndTheEventsNameWhatChanged() throws Exception {
		PersonId id = createMember("edit.me", "RADIOLOGIST");
		String newEmail = unique("edited");
		mvc.perform(post("/admin/people/{id}", id.value()).with(admin)
			.with(csrf())
			.param("email", newEmail)
			.param("givenName", "Edited")
			.param("familyName", "Person")
			.param("cpsoNumber", "")
			.param("subspecialties", "Chest, Body")
			.param("language", "fr")
			.param("roles", "RADIOLOGIST", "PROGRAM_LEAD")).andExpect(redirectedUrl("/admin/people/" + id));
		Person person = people.find(id).orElseThrow();
		assertThat(person.email()).isEqualTo(newEmail);
		assertThat(person.subspecialties()).containsExactly("Chest", "Body");
		assertThat(events.stream(PersonUpdated.class))
			.anyMatch(e -> e.details().get("fields").equals("email,givenName,familyName,subspecialties,language"));
		assertThat(events.stream(MembershipRolesChanged.class)).anyMatch(e -> e.targetId().equals(id.toString())
				&& e.details().get("oldRoles").equals("RADIOLOGIST") && e.details().get("newRoles").equals("PROGRAM_LEAD,RADIOLOGIST"));
	}

	@Test
	void retiringAMembershipKeepsThePersonButEndsTheirAccessToThisOrganization() throws Exception {
		PersonId id = createMember("leaving", "RADIOLOGIST");
		mvc.perform(post("/admin/people/{id}/retire", id.value()).with(admin).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(post("/admin/people/{id}/retire", id.value()).with(admin).with(csrf()).param("reason", "Moved to another city"))
			.andExpect(redirectedUrl("/admin/people"));
		assertThat(people.find(id)).get().matches(Person::active);
		assertThat(people.memberships(id)).isEmpty();
		assertThat(jdbc.sql("select retired_reason from membership where person_id = ? and organization_id = ?")
			.params(id.value(), fixture.organization().value())
			.query(String.class)
			.single()).isEqualTo("Moved to another city");
		mvc.perform(get("/admin/people/{id}", id.value()).with(admin)).andExpect(status().isNotFound());
		assertThat(events.stream(MembershipRetired.class)).anyMatch(e -> e.details().get("reason").equals("Moved to another city"));
	}

	@Test
	void unlockingAnAccountClearsItsFailedSignInsAndLock() throws Exception {
		PersonId id = createMember("locked.out", "TECHNOLOGIST");
		jdbc.sql("update person set failed_sign_ins = 7, locked_until = now() + interval '1 hour' where id = ?").param(id.value()).update();
		mvc.perform(get("/admin/people/{id}", id.value()).with(admin)).andExpect(content().string(containsString("Locked")));
		mvc.perform(post("/admin/people/{id}/unlock", id.value()).with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/people/" + id))
			.andExpect(flash().attribute("flash", "person.admin.unlocked"));
		assertThat(jdbc.sql("select failed_sign_ins = 0 and locked_until is null from person where id = ?")
			.param(id.value())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(events.stream(AccountUnlocked.class)).anyMatch(e -> e.targetId().equals(id.toString()));
	}

	@Test
	void aNewTemporaryPasswordReplacesTheOldOneAndMustBeChanged() throws Exception {
		PersonId id = createMember("forgot", "RADIOLOGIST");
		jdbc.sql("update person set must_change_password = false where id = ?").param(id.value()).update();
		MvcResult result = mvc.perform(post("/admin/people/{id}/password", id.value()).with(admin).with(csrf()))
			.andExpect(flash().attribute("flash", "person.admin.passwordReset"))
			.andReturn();
		String temporaryPassword = (String) result.getFlashMap().get("temporaryPassword");
		assertThat(passwords.matches(temporaryPassword, passwordHash(id))).isTrue();
		assertThat(jdbc.sql("select must_change_password from person where id = ?").param(id.value()).query(Boolean.class).single())
			.isTrue();
		assertThat(events.stream(PasswordResetByAdmin.class))
			.anyMatch(e -> e.targetId().equals(id.toString()) && e.action().equals("identity.password.reset-by-admin"));
	}

	@Test
	void theLiveFilterFindsByNameOrEmailAndRoleAndAnswersHtmxWithTheResultsOnly() throws Exception {
		PersonId radiologist = createMember("okonkwo", "RADIOLOGIST");
		createMember("technologist", "TECHNOLOGIST");
		String email = people.find(radiologist).orElseThrow().email();
		mvc.perform(get("/admin/people").param("q", "OKONKWO").with(admin).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(email), not(containsString("<html")), not(containsString("technologist.")))));
		mvc.perform(get("/admin/people").param("role", "TECHNOLOGIST").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("technologist."), not(containsString(email)))));
	}

	@Test
	void anAdministratorCannotTakeAwayTheirOwnAdministration() throws Exception {
		mvc.perform(post("/admin/people/{id}", fixture.admin().value()).with(admin)
			.with(csrf())
			.param("email", fixture.adminEmail())
			.param("givenName", "Test")
			.param("familyName", "Admin")
			.param("language", "en")
			.param("roles", "RADIOLOGIST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot remove your own administrator role")));
		mvc.perform(post("/admin/people/{id}/retire", fixture.admin().value()).with(admin).with(csrf()).param("reason", "Oops"))
			.andExpect(status().isOk());
		assertThat(people.memberships(fixture.admin())).singleElement()
			.matches(m -> m.roles().contains(Role.ORGANIZATION_ADMIN));
	}

	@Test
	void onlyPlatformAdministratorsSeeAndSetThePlatformAdministrationFlag() throws Exception {
		PersonId id = createMember("future.platform", "PROGRAM_LEAD");
		mvc.perform(get("/admin/people/{id}", id.value()).with(admin)).andExpect(content().string(not(containsString("name=\"platformAdmin\""))));
		mvc.perform(post("/admin/people/{id}", id.value()).with(admin)
			.with(csrf())
			.param("email", people.find(id).orElseThrow().email())
			.param("givenName", "Future")
			.param("familyName", "Platform")
			.param("language", "en")
			.param("roles", "PROGRAM_LEAD")
			.param("platformAdmin", "true")).andExpect(status().is3xxRedirection());
		assertThat(people.find(id).orElseThrow().platformAdmin()).isFalse();
	}

	@Test
	void aPlatformAdministratorGrantsThePlatformFlagToAMember() throws Exception {
		PersonId id = createMember("granted.platform", "PROGRAM_LEAD");
		RequestPostProcessor platform = user(users.loadUserByUsername("platform@peerlearning.demo"));
		// The platform administrator works in the fixture's organization, chosen like any switch.
		Cookie session = mvc.perform(post("/organization").with(platform)
			.with(csrf())
			.param("organization", fixture.organization().toString())).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/admin/people/{id}", id.value()).with(platform).cookie(session))
			.andExpect(content().string(containsString("name=\"platformAdmin\"")));
		mvc.perform(post("/admin/people/{id}", id.value()).with(platform)
			.cookie(session)
			.with(csrf())
			.param("email", people.find(id).orElseThrow().email())
			.param("givenName", "Granted")
			.param("familyName", "Platform")
			.param("language", "en")
			.param("roles", "PROGRAM_LEAD")
			.param("platformAdmin", "true")).andExpect(redirectedUrl("/admin/people/" + id));
		assertThat(people.find(id).orElseThrow().platformAdmin()).isTrue();
		assertThat(events.stream(PlatformAdminChanged.class))
			.anyMatch(e -> e.targetId().equals(id.toString()) && e.details().get("platformAdmin").equals("true"));
	}

	private MockHttpServletRequestBuilder newPerson(String email, String given, String family, String cpso) {
		return post("/admin/people").with(admin)
			.with(csrf())
			.param("email", email)
			.param("givenName", given)
			.param("familyName", family)
			.param("cpsoNumber", cpso)
			.param("subspecialties", "")
			.param("language", "en");
	}

	private PersonId createMember(String name, String role) throws Exception {
		String email = unique(name);
		mvc.perform(newPerson(email, "Test", name, "").param("roles", role)).andExpect(status().is3xxRedirection());
		return people.findByEmail(email).orElseThrow().id();
	}

	private String passwordHash(PersonId id) {
		return jdbc.sql("select password_hash from person where id = ?").param(id.value()).query(String.class).single();
	}

	private static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
	}
}
