package org.peerlearning.platform;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aBrowserAskingForAnUnknownPageIsSentToTheErrorPageNotGivenJson() throws Exception {
		mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).with(user("rad1@lakeshore.demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
	}

	@Test
	void anApiClientStillGetsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").accept(MediaType.APPLICATION_JSON).with(user("rad1@lakeshore.demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}
}
