package org.peerlearning.review.sampling;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.OrganizationKind;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Sampling reads a program kept for two seconds, but never misses a change made here. */
@ApplicationTest
class ProgramSnapshotsTests {

	@Autowired
	ProgramSnapshots snapshots;

	@Autowired
	Organizations organizations;

	@Autowired
	ReviewProgramAdministration administration;

	@Test
	void aRuleAddedAfterTheProgramWasReadIsSampledWithAtOnce() {
		OrganizationId organization = organizations.create("Snapshots " + UUID.randomUUID(), OrganizationKind.HOSPITAL, null);
		assertThat(snapshots.of(organization).samplingRules()).isEmpty();

		administration.addRule(organization, new SamplingRule(null, "Every MR", List.of(), List.of("MR"), List.of(), List.of(), null,
				SamplingMode.RATE, new BigDecimal("100"), null, null, null, null, null, null, true, null, null, 0, null), null);

		assertThat(snapshots.of(organization).samplingRules()).extracting(SamplingRule::name).containsExactly("Every MR");
	}
}
