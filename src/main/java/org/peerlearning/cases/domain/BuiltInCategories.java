package org.peerlearning.cases.domain;

import java.util.List;

import org.peerlearning.cases.CaseCategories;
import org.peerlearning.organization.OrganizationId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The error taxonomy of the literature (perceptual errors are about 70%, the rest cognitive), used
 * by every organization until program settings provide an editable one.
 */
@Configuration(proxyBeanMethods = false)
class BuiltInCategories {

	static final List<String> CODES = List.of("perceptual", "interpretive", "communication", "technique", "satisfaction-of-search",
			"prior-examination", "history", "location", "under-reading", "faulty-reasoning", "lack-of-knowledge", "complacency");

	@Bean
	@ConditionalOnMissingBean(CaseCategories.class)
	CaseCategories builtInCaseCategories() {
		return new CaseCategories() {
			@Override
			public List<String> codes(OrganizationId organization) {
				return CODES;
			}
		};
	}
}
