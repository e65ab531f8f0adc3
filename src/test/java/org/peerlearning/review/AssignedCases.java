package org.peerlearning.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.Cases;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Opens a demo case at Lakeshore the way a radiologist does, has the lead accept it and assigns it
 * for review. A bean of the test contexts (found by their component scan).
 */
@Component
class AssignedCases {

	/** Only the contexts with MockMvc have one: the others never call this bean. */
	private final ObjectProvider<MockMvc> mvc;

	private final UserDetailsService users;

	private final People people;

	private final Cases cases;

	private final ReviewAssignments assignments;

	private final Organizations organizations;

	AssignedCases(ObjectProvider<MockMvc> mvc, UserDetailsService users, People people, Cases cases, ReviewAssignments assignments,
			Organizations organizations) {
		this.mvc = mvc;
		this.users = users;
		this.people = people;
		this.cases = cases;
		this.assignments = assignments;
		this.organizations = organizations;
	}

	/** A Lakeshore case waiting for {@code reviewer}'s review. */
	AssignmentId assignTo(String reviewer) throws Exception {
		OrganizationId lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
		String location = mvc.getObject().perform(post("/cases").with(user(users.loadUserByUsername("rad2@lakeshore.demo"))).with(csrf())
				.param("accession", "LGH-1003").param("source", "LEARNING_OPPORTUNITY").param("note", "For review"))
			.andReturn().getResponse().getRedirectedUrl();
		CaseId caseId = new CaseId(UUID.fromString(location.substring("/cases/".length())));
		cases.transition(lakeshore, caseId, CaseAction.ACCEPT, person("lead@lakeshore.demo"), null);
		return assignments.assign(lakeshore, caseId, person(reviewer), LocalDate.now().plusDays(7), person("lead@lakeshore.demo"));
	}

	private PersonId person(String email) {
		return people.findByEmail(email).orElseThrow().id();
	}
}
