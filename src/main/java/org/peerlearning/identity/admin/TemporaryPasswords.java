package org.peerlearning.identity.admin;

import java.security.SecureRandom;

/**
 * Temporary passwords for accounts an administrator creates or resets: random, readable aloud
 * (no 0/O or 1/l/I), and long enough (16 characters, about 94 bits) to survive until the person
 * chooses their own at the first sign-in.
 */
final class TemporaryPasswords {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder(19);
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return password.toString();
	}
}
