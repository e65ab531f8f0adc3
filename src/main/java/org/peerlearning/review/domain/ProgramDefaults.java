package org.peerlearning.review.domain;

import java.util.Set;

import org.peerlearning.review.ConflictsOfInterest;
import org.peerlearning.review.TurnaroundTargets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Built-in program settings for review until organizations keep their own: no declared conflicts
 * of interest, a 14-day review turnaround.
 */
@Configuration(proxyBeanMethods = false)
class ProgramDefaults {

	static final int REVIEW_DAYS = 14;

	@Bean
	@ConditionalOnMissingBean(ConflictsOfInterest.class)
	ConflictsOfInterest noDeclaredConflicts() {
		return (organization, person) -> Set.of();
	}

	@Bean
	@ConditionalOnMissingBean(TurnaroundTargets.class)
	TurnaroundTargets fourteenDayTurnaround() {
		return organization -> REVIEW_DAYS;
	}
}
