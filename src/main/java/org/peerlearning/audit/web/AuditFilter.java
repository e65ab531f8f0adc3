package org.peerlearning.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

import org.peerlearning.audit.internal.AuditQuery;

/**
 * The filters of the audit page and API exactly as typed, so the form shows them back unchanged
 * and a mistyped date marks its field instead of failing the whole request. Dates are whole days
 * in the platform's time zone, both ends included; {@code organization} is for platform
 * administrators; {@code page} counts from zero.
 */
record AuditFilter(String action, String actor, String from, String to, String target, String organization, String page) {

	static final int PAGE_SIZE = 50;

	private static final int MAX_PAGE = 100_000;

	LocalDate fromDate() {
		return date(from);
	}

	LocalDate toDate() {
		return date(to);
	}

	UUID organizationId() {
		if (blank(organization)) {
			return null;
		}
		try {
			return UUID.fromString(organization.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	int pageNumber() {
		Integer number = pageOrNull();
		return number == null ? 0 : number;
	}

	/** The names of the filters that cannot be understood (empty when all can). */
	Set<String> invalid() {
		Set<String> invalid = new LinkedHashSet<>();
		if (length(action) > 120) {
			invalid.add("action");
		}
		if (length(actor) > 320) {
			invalid.add("actor");
		}
		if (!blank(from) && fromDate() == null) {
			invalid.add("from");
		}
		if (!blank(to) && (toDate() == null || fromDate() != null && fromDate().isAfter(toDate()))) {
			invalid.add("to");
		}
		if (length(target) > 200) {
			invalid.add("target");
		}
		if (!blank(organization) && organizationId() == null) {
			invalid.add("organization");
		}
		if (!blank(page) && pageOrNull() == null) {
			invalid.add("page");
		}
		return invalid;
	}

	AuditQuery query(UUID scope, ZoneId zone) {
		LocalDate fromDate = fromDate();
		LocalDate toDate = toDate();
		return new AuditQuery(scope, trimmed(action), trimmed(actor), fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
				toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant(), trimmed(target));
	}

	/** The address of another page with the same filters, naming only the filters in use. */
	String url(String path, int otherPage) {
		StringJoiner query = new StringJoiner("&");
		add(query, "action", action);
		add(query, "actor", actor);
		add(query, "from", from);
		add(query, "to", to);
		add(query, "target", target);
		add(query, "organization", organization);
		if (otherPage > 0) {
			query.add("page=" + otherPage);
		}
		return query.length() == 0 ? path : path + "?" + query;
	}

	private Integer pageOrNull() {
		if (blank(page)) {
			return null;
		}
		try {
			int number = Integer.parseInt(page.strip());
			return number >= 0 && number <= MAX_PAGE ? number : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static void add(StringJoiner query, String name, String value) {
		if (!blank(value)) {
			// URLEncoder, unlike URI builders, escapes '+' so an e-mail such as a+b@x survives the trip.
			query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static int length(String value) {
		return value == null ? 0 : value.length();
	}

	private static String trimmed(String value) {
		return blank(value) ? null : value.strip();
	}
}
