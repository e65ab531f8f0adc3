package org.peerlearning.cases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.identity.People;
import org.peerlearning.identity.PersonId;
import org.peerlearning.identity.tokens.ApiTokens;
import org.peerlearning.identity.tokens.TokenLifetime;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.peerlearning.review.AssignmentId;
import org.peerlearning.review.ReviewAssignments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Key images are stored only de-identified, previewed, and reachable by exactly the people who may
 * see the case (and its reviewer), every download audited.
 */
@ApplicationTest
class CaseAttachmentsTests {

	static final Path CT_SMALL = Path.of("../shared/testdata/dicom/pydicom/CT_small.dcm");

	static final Path TRUNCATED = Path.of("../shared/testdata/dicom/pydicom/MR_truncated.dcm");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organizations organizations;

	@Autowired
	People people;

	@Autowired
	Cases cases;

	@Autowired
	CaseAttachments attachments;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDicomKeyImageIsStoredWithoutThePatientPreviewedAndDownloadedOnlyByThoseWhoSeeTheCase() throws Exception {
		CaseId caseId = submitted();
		byte[] original = Files.readAllBytes(CT_SMALL);
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("CompressedSamples^CT1");

		mvc.perform(multipart("/cases/{id}/attachments", caseId.value())
				.file(new MockMultipartFile("file", "CompressedSamples_CT1.dcm", "application/dicom", original))
				.with(as("rad2@lakeshore.demo")).with(csrf()))
			.andExpect(flash().attribute("flash", "cases.attachment.added"));

		CaseAttachment stored = attachments.of(lakeshore(), caseId).get(0);
		assertThat(stored.kind()).isEqualTo(CaseAttachment.Kind.DICOM);
		assertThat(stored.hasPreview()).isTrue();
		String kept = new String(attachments.content(lakeshore(), caseId, stored.id()).orElseThrow(), StandardCharsets.ISO_8859_1);
		assertThat(kept).contains("DICM").doesNotContain("CompressedSamples").doesNotContain("1CT1").doesNotContain("ABCD1234");

		String base = "/cases/" + caseId + "/attachments/" + stored.id();
		byte[] png = mvc.perform(get(base + "/preview").with(as("rad2@lakeshore.demo")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth()).isEqualTo(128);
		long before = audited(caseId);
		mvc.perform(get(base).with(as("lead@lakeshore.demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"key-image-1.dcm\""));
		assertThat(audited(caseId)).isGreaterThan(before);
		String page = mvc.perform(get("/cases/{id}", caseId.value()).with(as("rad2@lakeshore.demo")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(base + "/preview").doesNotContain("CompressedSamples_CT1");

		// a colleague with no part in the case, or another organization, finds nothing
		mvc.perform(get(base + "/preview").with(as("rad4@lakeshore.demo"))).andExpect(status().isNotFound());
		mvc.perform(get(base).with(as("lead@northern.demo"))).andExpect(status().isNotFound());

		// the reviewer gets it through their assignment
		cases.transition(lakeshore(), caseId, CaseAction.ACCEPT, person("lead@lakeshore.demo"), null);
		AssignmentId assignment = assignments.assign(lakeshore(), caseId, person("rad3@lakeshore.demo"), LocalDate.now().plusDays(7),
				person("lead@lakeshore.demo"));
		String review = mvc.perform(get("/reviews/{id}", assignment.value()).with(as("rad3@lakeshore.demo")))
			.andReturn().getResponse().getContentAsString();
		assertThat(review).contains("/reviews/" + assignment + "/attachments/" + stored.id() + "/preview");
		mvc.perform(get("/reviews/{id}/attachments/{a}/preview", assignment.value(), stored.id()).with(as("rad3@lakeshore.demo")))
			.andExpect(status().isOk());
		mvc.perform(get("/reviews/{id}/attachments/{a}", assignment.value(), stored.id()).with(as("rad4@lakeshore.demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aScreenshotLosesItsMetadataAndIsFlaggedForAPersonToCheck() throws Exception {
		CaseId caseId = submitted();
		mvc.perform(multipart("/cases/{id}/attachments", caseId.value())
				.file(new MockMultipartFile("file", "shot.png", "image/png", pngWithText("Author", "Jane Patient")))
				.with(as("rad2@lakeshore.demo")).with(csrf()))
			.andExpect(flash().attribute("flash", "cases.attachment.added"));
		CaseAttachment stored = attachments.of(lakeshore(), caseId).get(0);
		assertThat(stored.kind()).isEqualTo(CaseAttachment.Kind.IMAGE);
		assertThat(stored.burnedInCheck()).isTrue();
		byte[] kept = attachments.content(lakeshore(), caseId, stored.id()).orElseThrow();
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Jane Patient").doesNotContain("tEXt");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(kept)).getWidth()).isEqualTo(40);

		// a screenshot may show the reader's name in its overlay: the reviewer sees it only once the lead has looked
		cases.transition(lakeshore(), caseId, CaseAction.ACCEPT, person("lead@lakeshore.demo"), null);
		AssignmentId assignment = assignments.assign(lakeshore(), caseId, person("rad3@lakeshore.demo"), LocalDate.now().plusDays(7),
				person("lead@lakeshore.demo"));
		String preview = "/reviews/" + assignment + "/attachments/" + stored.id() + "/preview";
		assertThat(page("/reviews/" + assignment, "rad3@lakeshore.demo")).doesNotContain(stored.id().toString());
		mvc.perform(get(preview).with(as("rad3@lakeshore.demo"))).andExpect(status().isNotFound());
		assertThat(page("/cases/" + caseId, "lead@lakeshore.demo")).contains("/attachments/" + stored.id() + "/checked");

		mvc.perform(post("/cases/{id}/attachments/{a}/checked", caseId.value(), stored.id()).with(as("rad2@lakeshore.demo"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/{id}/attachments/{a}/checked", caseId.value(), stored.id()).with(as("lead@lakeshore.demo"))
				.with(csrf()))
			.andExpect(flash().attribute("flash", "cases.attachment.checkedDone"));
		assertThat(page("/reviews/" + assignment, "rad3@lakeshore.demo")).contains(preview);
		mvc.perform(get(preview).with(as("rad3@lakeshore.demo"))).andExpect(status().isOk());
	}

	private String page(String path, String email) throws Exception {
		return mvc.perform(get(path).with(as(email))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aFileThatIsNeitherDicomNorAnImageIsRefusedOnThePageAndABrokenDicomThroughTheApi() throws Exception {
		CaseId caseId = submitted();
		mvc.perform(multipart("/cases/{id}/attachments", caseId.value())
				.file(new MockMultipartFile("file", "notes.txt", "text/plain", "Patient: Jane".getBytes(StandardCharsets.UTF_8)))
				.with(as("rad2@lakeshore.demo")).with(csrf()))
			.andExpect(flash().attribute("problem", "cases.attachment.error.type"));
		assertThat(attachments.of(lakeshore(), caseId)).isEmpty();

		String token = tokens.create(person("rad2@lakeshore.demo"), "images " + UUID.randomUUID(), TokenLifetime.DAYS_30).secret();
		mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId.value())
				.file(new MockMultipartFile("file", "x.dcm", "application/dicom", Files.readAllBytes(TRUNCATED)))
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.status").value(422));
		mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId.value())
				.file(new MockMultipartFile("file", "x.dcm", "application/dicom", Files.readAllBytes(CT_SMALL)))
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("DICOM"))
			.andExpect(jsonPath("$.modality").value("CT"))
			.andExpect(jsonPath("$.links.preview").exists());
		mvc.perform(get("/api/v1/cases/{id}/attachments", caseId.value()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value(1));
	}

	private static byte[] pngWithText(String keyword, String value) throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
		IIOMetadataNode text = new IIOMetadataNode("tEXt");
		IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
		entry.setAttribute("keyword", keyword);
		entry.setAttribute("value", value);
		text.appendChild(entry);
		IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
		root.appendChild(text);
		metadata.mergeTree("javax_imageio_png_1.0", root);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(new IIOImage(image, null, metadata));
		}
		writer.dispose();
		byte[] png = bytes.toByteArray();
		assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains(value);
		return png;
	}

	private CaseId submitted() throws Exception {
		String location = mvc.perform(post("/cases").with(as("rad2@lakeshore.demo")).with(csrf()).param("accession", "LGH-1003")
				.param("source", "LEARNING_OPPORTUNITY").param("note", "Key image check"))
			.andReturn().getResponse().getRedirectedUrl();
		return new CaseId(UUID.fromString(location.substring("/cases/".length())));
	}

	private long audited(CaseId caseId) {
		return jdbc.sql("select count(*) from audit_entry where target_id = ?").param(caseId.toString()).query(Long.class).single();
	}

	private OrganizationId lakeshore() {
		return organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
	}

	private PersonId person(String email) {
		return people.findByEmail(email).orElseThrow().id();
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}
}
