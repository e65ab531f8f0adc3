package org.peerlearning.cases.domain;

import java.util.Comparator;
import java.util.List;

import org.peerlearning.cases.CaseCategories;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewProgram;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cases and reviews are tagged with the organization's discrepancy taxonomy, as its lead keeps it
 * in the review program (every organization starts with the taxonomy of the literature).
 */
@Configuration(proxyBeanMethods = false)
class ProgramCategories {

	@Bean
	@ConditionalOnMissingBean(CaseCategories.class)
	CaseCategories programCaseCategories(ReviewProgram program) {
		return organization -> codes(program, organization);
	}

	private static List<String> codes(ReviewProgram program, OrganizationId organization) {
		return program.of(organization)
			.categories()
			.stream()
			.sorted(Comparator.comparingInt(DiscrepancyCategory::position))
			.map(DiscrepancyCategory::code)
			.toList();
	}
}
