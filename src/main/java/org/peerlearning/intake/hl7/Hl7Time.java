package org.peerlearning.intake.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads HL7 date/times ({@code YYYY[MM[DD[HH[MM[SS[.S...]]]]]][+/-ZZZZ]}). Times without an offset
 * are local to the sending hospital, taken as the configured zone. Unreadable values answer
 * {@code null}: a bad timestamp must not cost a whole report.
 */
final class Hl7Time {

	private Hl7Time() {
	}

	static Instant instant(String value, ZoneId zone) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		if (v.length() < 8) {
			return null;
		}
		try {
			ZoneId offset = zone;
			int sign = Math.max(v.indexOf('+'), v.indexOf('-'));
			if (sign > 0) {
				offset = ZoneOffset.of(v.substring(sign, Math.min(v.length(), sign + 5)));
				v = v.substring(0, sign);
			}
			int dot = v.indexOf('.');
			String digits = dot > 0 ? v.substring(0, dot) : v;
			int year = Integer.parseInt(digits.substring(0, 4));
			int month = Integer.parseInt(digits.substring(4, 6));
			int day = Integer.parseInt(digits.substring(6, 8));
			int hour = digits.length() >= 10 ? Integer.parseInt(digits.substring(8, 10)) : 0;
			int minute = digits.length() >= 12 ? Integer.parseInt(digits.substring(10, 12)) : 0;
			int second = digits.length() >= 14 ? Integer.parseInt(digits.substring(12, 14)) : 0;
			return LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59)).atZone(offset).toInstant();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static LocalDate date(String value) {
		if (value == null || value.strip().length() < 8) {
			return null;
		}
		String v = value.strip();
		try {
			return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
					Integer.parseInt(v.substring(6, 8)));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}
}
