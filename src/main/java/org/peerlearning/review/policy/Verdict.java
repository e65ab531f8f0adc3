package org.peerlearning.review.policy;

/**
 * What one policy says of one candidate: a refusal (with the message key saying why), or an
 * allowance with a preference (higher is better) and, when the preference means something, why.
 */
public record Verdict(boolean allowed, int preference, String reasonKey) {

	public static Verdict refused(String reasonKey) {
		return new Verdict(false, 0, reasonKey);
	}

	public static Verdict neutral() {
		return new Verdict(true, 0, null);
	}

	public static Verdict preferred(int preference, String reasonKey) {
		return new Verdict(true, preference, reasonKey);
	}
}
