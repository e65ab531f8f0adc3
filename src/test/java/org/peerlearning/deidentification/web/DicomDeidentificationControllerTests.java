package org.peerlearning.deidentification.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.peerlearning.deidentification.DicomDeidentifier;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DicomDeidentificationControllerTests {

	final DicomDeidentifier deidentifier = new DicomDeidentifier(
			"controller-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

	private static CurrentViewer aMember() {
		Viewer viewer = Mockito.mock(Viewer.class);
		CurrentViewer current = Mockito.mock(CurrentViewer.class);
		Mockito.when(current.get()).thenReturn(viewer);
		return current;
	}

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/deidentification");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	@Test
	void anUploadOverTheSizeLimitIsRefusedWithAProblem() throws Exception {
		MockMvc mvc = MockMvcBuilders
			.standaloneSetup(new DicomDeidentificationController(deidentifier, DataSize.ofBytes(1000), aMember(), messages()))
			.build();
		mvc.perform(post("/api/v1/deidentify/dicom").contentType("application/dicom").content(new byte[5000]))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("File too large"));
	}

	@Test
	void anUploadThatLiesAboutItsLengthIsCutAtTheLimit() {
		DicomDeidentificationController.LimitedInputStream in = new DicomDeidentificationController.LimitedInputStream(
				new ByteArrayInputStream(new byte[5000]), 1000);
		assertThatThrownBy(() -> in.readAllBytes()).isInstanceOf(IOException.class)
			.isInstanceOf(DicomDeidentificationController.TooLargeException.class);
	}
}
