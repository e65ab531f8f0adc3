package org.peerlearning.deidentification.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class DicomDeidentificationApiTests {

	static final Path CORPUS = Path.of("../shared/testdata/dicom/pydicom");
	static final MediaType DICOM = MediaType.parseMediaType("application/dicom");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	People people;

	@Test
	void aRadiologistGetsTheDeidentifiedFileBackWithItsFlags() throws Exception {
		byte[] original = Files.readAllBytes(CORPUS.resolve("ExplVR_BigEnd.dcm"));
		MvcResult result = mvc
			.perform(post("/api/v1/deidentify/dicom").param("case", "api-case-1")
				.contentType(DICOM)
				.content(original)
				.with(user(users.loadUserByUsername("rad1@lakeshore.demo")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DICOM))
			.andExpect(header().string("X-Burned-In-Annotation", "possible"))
			.andReturn();
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(new String(body, 128, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("DICM");
		assertThat(body).isNotEqualTo(original);
		assertThat(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("113100");
	}

	@Test
	void aBrokenFileIsAnsweredWithAProblemThatSaysWhy() throws Exception {
		mvc.perform(post("/api/v1/deidentify/dicom").contentType(DICOM)
			.content(Files.readAllBytes(CORPUS.resolve("MR_truncated.dcm")))
			.with(user(users.loadUserByUsername("rad1@lakeshore.demo")))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PixelData (7FE0,0010)")));
		mvc.perform(post("/api/v1/deidentify/dicom").contentType(DICOM).header("Accept-Language", "fr")
			.content(Files.readAllBytes(CORPUS.resolve("MR_truncated.dcm")))
			.with(user(users.loadUserByUsername("rad1@lakeshore.demo")))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Fichier DICOM non valide"));
	}

	@Test
	void someoneSignedInWithoutAnOrganizationMayNotSendAFile() throws Exception {
		mvc.perform(post("/api/v1/deidentify/dicom").contentType(DICOM)
			.content(Files.readAllBytes(CORPUS.resolve("MR_truncated.dcm")))
			.with(user(users.loadUserByUsername(Outsiders.create(people))))
			.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void somethingThatIsNotDicomIsAnsweredWithAProblemEvenWhenOnlyDicomIsAccepted() throws Exception {
		mvc.perform(post("/api/v1/deidentify/dicom").contentType(DICOM)
			.accept(DICOM)
			.content("not an image at all, just some text".getBytes())
			.with(user(users.loadUserByUsername("rad1@lakeshore.demo")))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Not a DICOM file")));
	}

	@Test
	void aPreviewOfTheFirstFrameIsAPngAndCompressedImagesGetAProblem() throws Exception {
		mvc.perform(post("/api/v1/deidentify/dicom/preview").contentType(DICOM)
			.content(Files.readAllBytes(CORPUS.resolve("CT_small.dcm")))
			.with(user(users.loadUserByUsername("rad1@lakeshore.demo")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG));
		mvc.perform(post("/api/v1/deidentify/dicom/preview").contentType(DICOM)
			.content(Files.readAllBytes(CORPUS.resolve("JPEG2000.dcm")))
			.with(user(users.loadUserByUsername("rad1@lakeshore.demo")))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("No preview for this pixel data"));
	}
}
