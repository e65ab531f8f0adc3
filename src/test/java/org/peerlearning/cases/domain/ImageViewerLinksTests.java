package org.peerlearning.cases.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.organization.DicomOptions;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewScale;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The viewer link a reviewer gets follows the viewer address their organization set. */
@ApplicationTest
class ImageViewerLinksTests {

	@Autowired
	ImageViewerLinks links;

	@Autowired
	Organizations organizations;

	@Autowired
	ReviewProgramAdministration administration;

	@Test
	void theOrganizationsViewerAddressIsFilledWithTheStudyAndAccessionEncoded() {
		OrganizationId organization = organization();
		administration.updateTargets(organization, ReviewScale.RADPEER_2016_CODE, 14, 7,
				"https://pacs.example.org/viewer?study={studyUid}&acc={accession}", DicomOptions.DEFAULT, null);

		assertThat(links.link(organization, "1.2.840.113619.2.55", "ACC 12/3"))
			.isEqualTo("https://pacs.example.org/viewer?study=1.2.840.113619.2.55&acc=ACC+12%2F3");
	}

	@Test
	void noLinkWhenTheExamLacksWhatTheAddressNeedsOrNoAddressIsSet() {
		OrganizationId withViewer = organization();
		administration.updateTargets(withViewer, ReviewScale.RADPEER_2016_CODE, 14, 7,
				"https://pacs.example.org/viewer/{studyUid}", DicomOptions.DEFAULT, null);
		assertThat(links.link(withViewer, null, "ACC-1")).isNull();
		assertThat(links.link(organization(), "1.2.3", "ACC-1")).isNull();
	}

	private OrganizationId organization() {
		return organizations.create("Viewer " + UUID.randomUUID(), OrganizationKind.HOSPITAL, null);
	}
}
