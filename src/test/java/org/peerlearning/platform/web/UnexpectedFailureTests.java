package org.peerlearning.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A failure nobody foresaw: the caller learns that it happened, never what or where. */
class UnexpectedFailureTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
		.setControllerAdvice(new ApiProblems(messages()))
		.build();

	@Test
	void anUnexpectedFailureAnswersAGenericProblem500WithoutItsMessageOrStack() throws Exception {
		mvc.perform(get("/api/v1/failing"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.title").value("Something went wrong"))
			.andExpect(content().string(not(containsString("database password"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("FailingController"))));
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(false);
		messages.addMessage("platform.problem.internal.title", java.util.Locale.ENGLISH, "Something went wrong");
		return messages;
	}

	@RestController
	static class FailingController {

		@GetMapping("/api/v1/failing")
		String fail() {
			throw new IllegalStateException("database password is hunter2");
		}
	}
}
