package org.peerlearning.review.policy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peerlearning.identity.PersonId;
import org.peerlearning.review.policy.ReviewerSuggestions.Suggestion;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentPolicyTests {

	private final PersonId author = PersonId.random();

	private final PersonId submitter = PersonId.random();

	private final PersonId earlierReviewer = PersonId.random();

	private final PersonId partner = PersonId.random();

	private final Candidate authorAsCandidate = new Candidate(author, "Daniel Okafor", List.of("Neuroradiology"), 0);

	private final Candidate submitterAsCandidate = new Candidate(submitter, "Émilie Gagnon", List.of("Musculoskeletal"), 0);

	private final Candidate earlier = new Candidate(earlierReviewer, "Samuel Chen", List.of("Chest"), 0);

	private final Candidate conflicted = new Candidate(partner, "Hannah Kowalski", List.of("Breast"), 0);

	private final Candidate neuroBusy = new Candidate(PersonId.random(), "Aisha Siddiqui", List.of("Neuroradiology"), 5);

	private final Candidate neuroFree = new Candidate(PersonId.random(), "Marc Tremblay", List.of("Neuroradiology"), 1);

	private final Candidate bodyFree = new Candidate(PersonId.random(), "Priya Raman", List.of("Body"), 0);

	private final CaseFacts headCt = new CaseFacts(author, submitter, Set.of(earlierReviewer), Set.of(partner), "CT", "HEAD");

	private final ReviewerSuggestions suggestions = ReviewerSuggestions.standard();

	@Test
	void aRadiologistIsNeverAssignedTheirOwnReport() {
		Suggestion verdict = suggestions.judge(authorAsCandidate, headCt);
		assertThat(verdict.allowed()).isFalse();
		assertThat(verdict.refusals()).containsExactly("review.policy.author");
	}

	@Test
	void whoeverSubmittedACaseNeverReviewsIt() {
		assertThat(suggestions.judge(submitterAsCandidate, headCt).refusals()).containsExactly("review.policy.submitter");
	}

	@Test
	void someoneWhoAlreadyReviewedTheCaseIsNotAskedAgain() {
		assertThat(suggestions.judge(earlier, headCt).refusals()).containsExactly("review.policy.previous");
	}

	@Test
	void aDeclaredConflictOfInterestWithTheAuthorRulesTheReviewerOut() {
		assertThat(suggestions.judge(conflicted, headCt).refusals()).containsExactly("review.policy.conflict");
	}

	@Test
	void aNeuroradiologistIsPreferredForAHeadCt() {
		assertThat(new SubspecialtyMatch().judge(neuroBusy, headCt).preference()).isPositive();
		assertThat(new SubspecialtyMatch().judge(bodyFree, headCt).preference()).isZero();
	}

	@Test
	void amongEquallyPlacedReviewersTheLeastLoadedComesFirst() {
		List<Suggestion> ranked = suggestions.rank(List.of(neuroBusy, bodyFree, neuroFree), headCt);
		assertThat(ranked).extracting(s -> s.candidate().name()).containsExactly("Marc Tremblay", "Aisha Siddiqui", "Priya Raman");
	}

	@Test
	void refusedCandidatesAreListedLastWithTheirReasonsRatherThanHidden() {
		List<Suggestion> ranked = suggestions.rank(List.of(authorAsCandidate, bodyFree, submitterAsCandidate), headCt);
		assertThat(ranked.get(0).candidate()).isEqualTo(bodyFree);
		assertThat(ranked.subList(1, 3)).allSatisfy(s -> assertThat(s.allowed()).isFalse());
	}

	@Test
	void aSampleWithoutSubmitterRefusesOnlyTheAuthor() {
		CaseFacts sample = new CaseFacts(author, null, Set.of(), Set.of(), "CR", "CHEST");
		assertThat(suggestions.rank(List.of(authorAsCandidate, submitterAsCandidate, earlier), sample))
			.filteredOn(Suggestion::allowed)
			.extracting(s -> s.candidate().name())
			.containsExactly("Samuel Chen", "Émilie Gagnon");
	}
}
