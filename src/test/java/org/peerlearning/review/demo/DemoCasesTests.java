package org.peerlearning.review.demo;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.cases.CaseQuery;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.Cases;
import org.peerlearning.cases.LearningCase;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class DemoCasesTests {

	@Autowired
	Cases cases;

	@Autowired
	Organizations organizations;

	@Test
	void theDemoHospitalHasCasesInEveryStateButDraft() {
		OrganizationId lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
		Set<CaseState> states = EnumSet.noneOf(CaseState.class);
		cases.search(lakeshore, new CaseQuery(Set.of(), null, null, null, null, true, 200)).stream().map(LearningCase::state)
			.forEach(states::add);
		assertThat(states).containsAll(EnumSet.complementOf(EnumSet.of(CaseState.DRAFT)));
	}

	@Test
	void theDemoImagingGroupHasCasesOfItsOwn() {
		OrganizationId northern = organizations.findByName("Northern Imaging Group").orElseThrow().id();
		assertThat(cases.search(northern, CaseQuery.inStates(Set.of()))).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void aCaseReferredOutOfTheProgramIsLeftOutOfOrdinaryWorklists() {
		OrganizationId lakeshore = organizations.findByName("Lakeshore Regional Health").orElseThrow().id();
		assertThat(cases.search(lakeshore, CaseQuery.inStates(Set.of(CaseState.OUT_OF_PROGRAM)))).isEmpty();
		assertThat(cases.search(lakeshore, new CaseQuery(Set.of(CaseState.OUT_OF_PROGRAM), null, null, null, null, true, 10)))
			.isNotEmpty()
			.allSatisfy(c -> assertThat(c.outOfProgram()).isTrue());
	}
}
