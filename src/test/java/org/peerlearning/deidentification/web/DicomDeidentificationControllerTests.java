package org.peerlearning.deidentification.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.peerlearning.deidentification.DicomDeidentifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DicomDeidentificationControllerTests {

	final DicomDeidentifier deidentifier = new DicomDeidentifier(
			"controller-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

	@Test
	void anUploadOverTheSizeLimitIsRefusedWithAProblem() throws Exception {
		MockMvc mvc = MockMvcBuilders
			.standaloneSetup(new DicomDeidentificationController(deidentifier, DataSize.ofBytes(1000)))
			.build();
		mvc.perform(post("/api/v1/deidentify/dicom").contentType("application/dicom").content(new byte[5000]))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anUploadThatLiesAboutItsLengthIsCutAtTheLimit() {
		DicomDeidentificationController.LimitedInputStream in = new DicomDeidentificationController.LimitedInputStream(
				new ByteArrayInputStream(new byte[5000]), 1000);
		assertThatThrownBy(() -> in.readAllBytes()).isInstanceOf(IOException.class)
			.isInstanceOf(DicomDeidentificationController.TooLargeException.class);
	}
}
