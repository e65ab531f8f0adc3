package org.peerlearning.review.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies every policy to every candidate: those any policy refuses are kept (with the reasons) so
 * the lead can see why someone is missing, and come last; the others are ranked by preference,
 * then by name.
 */
public final class ReviewerSuggestions {

	private final List<AssignmentPolicy> policies;

	public ReviewerSuggestions(List<AssignmentPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	/** The built-in policies, in the order they are explained to the lead. */
	public static ReviewerSuggestions standard() {
		return new ReviewerSuggestions(List.of(new NeverTheAuthor(), new NeverTheSubmitter(), new NotAPreviousReviewer(),
				new NoConflictOfInterest(), new SubspecialtyMatch(), new LeastLoaded()));
	}

	public List<Suggestion> rank(List<Candidate> candidates, CaseFacts facts) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Candidate candidate : candidates) {
			suggestions.add(judge(candidate, facts));
		}
		suggestions.sort(Comparator.comparing(Suggestion::allowed).reversed()
			.thenComparing(Comparator.comparingInt(Suggestion::preference).reversed())
			.thenComparing(s -> s.candidate().name()));
		return suggestions;
	}

	public Suggestion judge(Candidate candidate, CaseFacts facts) {
		List<String> refusals = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		int preference = 0;
		for (AssignmentPolicy policy : policies) {
			Verdict verdict = policy.judge(candidate, facts);
			if (!verdict.allowed()) {
				refusals.add(verdict.reasonKey());
			}
			else {
				preference += verdict.preference();
				if (verdict.reasonKey() != null) {
					reasons.add(verdict.reasonKey());
				}
			}
		}
		return new Suggestion(candidate, refusals.isEmpty(), preference, List.copyOf(refusals), List.copyOf(reasons));
	}

	/** One candidate as the lead sees them: allowed or not, and why. */
	public record Suggestion(Candidate candidate, boolean allowed, int preference, List<String> refusals, List<String> reasons) {
	}
}
