package org.peerlearning.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough, varied enough, not guessable from the person's
 * e-mail and not one of the passwords attackers try first. Each rule broken gives its own message
 * key so the person learns what to change.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final String TOO_SHORT = "password.policy.tooShort";

	public static final String CONTAINS_EMAIL = "password.policy.containsEmail";

	public static final String TOO_COMMON = "password.policy.tooCommon";

	public static final String TOO_SIMPLE = "password.policy.tooSimple";

	/**
	 * A small sample of the passwords found most often in breaches, compared after removing digits
	 * and symbols at the ends, so "Password123!" counts as "password".
	 */
	private static final Set<String> COMMON = Set.of("password", "passw0rd", "p@ssword", "p@ssw0rd", "qwerty", "qwertyuiop",
			"azerty", "azertyuiop", "letmein", "welcome", "iloveyou", "admin", "administrator", "monkey", "dragon", "football",
			"baseball", "sunshine", "princess", "trustno", "starwars", "whatever", "abc", "abcdef", "abcdefgh",
			"changeme", "secret", "master", "hello", "freedom", "superman", "batman", "radiology", "hospital", "doctor",
			"bonjour", "soleil", "motdepasse", "123456", "12345678", "123456789", "1234567890", "111111", "000000",
			"qazwsx", "1q2w3e4r", "zaq12wsx", "summer", "winter", "spring", "autumn", "canada", "toronto", "ontario");

	/** The message keys of every rule the password breaks; empty when it is acceptable. */
	public List<String> violations(String password, String email) {
		List<String> violations = new ArrayList<>();
		String candidate = password == null ? "" : password;
		if (candidate.length() < MINIMUM_LENGTH) {
			violations.add(TOO_SHORT);
		}
		String localPart = localPart(email);
		if (localPart.length() >= 3 && candidate.toLowerCase(Locale.ROOT).contains(localPart)) {
			violations.add(CONTAINS_EMAIL);
		}
		if (isCommon(candidate)) {
			violations.add(TOO_COMMON);
		}
		if (characterClasses(candidate) < 3) {
			violations.add(TOO_SIMPLE);
		}
		return List.copyOf(violations);
	}

	private static String localPart(String email) {
		if (email == null) {
			return "";
		}
		int at = email.indexOf('@');
		return (at < 0 ? email : email.substring(0, at)).strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		return COMMON.contains(lower) || COMMON.contains(core) || COMMON.contains(lower.replaceAll("[^\\p{Alnum}]", ""));
	}

	private static int characterClasses(String password) {
		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}
}
