package org.peerlearning.deidentification.dicom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Everything derived from the platform secret and a case key: replacement UIDs and the date shift.
 * A keyed hash (HMAC-SHA256) makes them stable for one case, different between cases, and not
 * reversible or guessable without the secret.
 */
public final class CaseKeys {

	/** Dates move back by at least a month and at most about three years. */
	private static final int MIN_SHIFT_DAYS = 30;
	private static final int SHIFT_RANGE_DAYS = 3 * 365;

	private final Mac mac;
	private final String caseKey;
	private final Map<String, String> uids = new HashMap<>();

	public CaseKeys(byte[] secret, String caseKey) {
		try {
			this.mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
		this.caseKey = caseKey;
	}

	private byte[] hash(String purpose, String value) {
		return mac.doFinal((purpose + '\0' + caseKey + '\0' + value).getBytes(StandardCharsets.UTF_8));
	}

	/** The same UID of one case always gives the same "2.25." UID (128 bits of the keyed hash). */
	public String uid(String original) {
		return uids.computeIfAbsent(original, uid -> {
			byte[] digest = hash("uid", uid);
			byte[] bits = new byte[16];
			System.arraycopy(digest, 0, bits, 0, 16);
			return "2.25." + new BigInteger(1, bits);
		});
	}

	public int uidsRemapped() {
		return uids.size();
	}

	/** Days to subtract from every date of the case. */
	public int dateShiftDays() {
		byte[] digest = hash("date-shift", "");
		int bits = ((digest[0] & 0xFF) << 16) | ((digest[1] & 0xFF) << 8) | (digest[2] & 0xFF);
		return MIN_SHIFT_DAYS + bits % SHIFT_RANGE_DAYS;
	}
}
