package org.peerlearning.review.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.ConflictPair;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.review.ConflictsOfInterest;
import org.peerlearning.review.TurnaroundTargets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Review reads the conflicts of interest and the turnaround an organization keeps in its program
 * settings, so an assignment made by hand or by sampling honours the same list the lead edits.
 */
@Configuration(proxyBeanMethods = false)
class ProgramSettingsForReview {

	@Bean
	@ConditionalOnMissingBean(ConflictsOfInterest.class)
	ConflictsOfInterest declaredConflicts(ReviewProgram program) {
		return (organization, person) -> {
			Set<PersonId> others = new LinkedHashSet<>();
			for (ConflictPair pair : program.of(organization).conflictPairs()) {
				if (pair.personA().equals(person.value())) {
					others.add(new PersonId(pair.personB()));
				}
				else if (pair.personB().equals(person.value())) {
					others.add(new PersonId(pair.personA()));
				}
			}
			return others;
		};
	}

	@Bean
	@ConditionalOnMissingBean(TurnaroundTargets.class)
	TurnaroundTargets programTurnaround(ReviewProgram program) {
		return organization -> program.of(organization).turnaroundDays();
	}
}
