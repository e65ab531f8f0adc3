package org.peerlearning.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.organization.CategoryGroup;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ProgramItem;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The categories a case is tagged with are the organization's taxonomy as its lead edits it: a
 * category added is offered in both languages, a retired one is no longer offered but still named
 * on the cases that carry it.
 */
@ApplicationTest
class CaseCategoriesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organizations organizations;

	@Autowired
	ReviewProgramAdministration program;

	@Test
	void aCategoryTheLeadAddsIsOfferedNamedInEachLanguageAndStaysNamedOnItsCasesOnceRetired() throws Exception {
		OrganizationId lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
		String code = "laterality-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = program.addCategory(lakeshore,
				new DiscrepancyCategory(null, code, "Wrong side", "Mauvais côté", CategoryGroup.OTHER, 0, null), null);

		assertThat(page("/cases/new", "en")).contains("value=\"" + code + "\"").contains("Wrong side");
		assertThat(page("/cases/new", "fr")).contains("Mauvais côté");

		String location = mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf()).param("accession", "LGH-1003")
				.param("source", "LEARNING_OPPORTUNITY").param("note", "Left and right").param("categories", code))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(page(location, "en")).contains("Wrong side");

		program.retire(lakeshore, ProgramItem.CATEGORY, id, "Folded into location", null);
		assertThat(page("/cases/new", "en")).doesNotContain("value=\"" + code + "\"");
		assertThat(page(location, "en")).contains("Wrong side");
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).param("lang", language).with(as("rad2@lakeshore.demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
