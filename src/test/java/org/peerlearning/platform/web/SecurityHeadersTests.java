package org.peerlearning.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The headers every answer must carry, the documentation's exception to them, and what operations expose. */
@ApplicationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/profile" })
	void everyHtmlPageCarriesTheSecurityHeaders(String path) throws Exception {
		MvcResult page = mvc.perform(get(path).with(user(accounts.loadUserByUsername("rad1@lakeshore.demo"))).accept(MediaType.TEXT_HTML))
			.andReturn();
		assertThat(page.getResponse().getContentType()).startsWith("text/html");
		assertStrictHeaders(page);
	}

	@Test
	void theSignInPageCarriesTheSecurityHeaders() throws Exception {
		MvcResult page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		assertStrictHeaders(page);
	}

	@Test
	void onlySwaggerUiMayUseInlineStyles() throws Exception {
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))));
	}

	@Test
	void theApiDocumentationIsPublicAndListsMeWithTheBearerScheme() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/tokens']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearerToken.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.security[0].bearerToken").exists());
		mvc.perform(get("/api-docs")).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyHealthAndInfoOfTheOperationsEndpointsArePublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		for (String hidden : new String[] { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/configprops" }) {
			int status = mvc.perform(get(hidden)).andReturn().getResponse().getStatus();
			assertThat(status).as(hidden).isIn(401, 404);
		}
		mvc.perform(get("/actuator/env").with(user(accounts.loadUserByUsername("platform@peerlearning.demo"))))
			.andExpect(status().isNotFound());
	}

	private static void assertStrictHeaders(MvcResult page) {
		var response = page.getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}
}
