package org.peerlearning.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of an audit entry and its SHA-256. The form is versioned and fixed: fields in
 * a fixed order, each written as {@code name:length:value} (or {@code name:-} for none) on its own
 * line, so no value can run into the next; the time in UTC with exactly six fraction digits (what
 * PostgreSQL keeps of a timestamptz); the details as JSON with sorted keys and no spaces.
 */
public final class EntryHash {

	/** The previous hash of the very first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "peerlearning-audit-entry/v1";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EntryHash() {
	}

	/** What PostgreSQL will store of an instant: microseconds, not nanoseconds. */
	public static Instant storable(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	/** The hash an entry should carry, computed from its fields and its previous hash. */
	public static String of(AuditEntry entry) {
		return sha256(canonical(entry));
	}

	static String canonical(AuditEntry e) {
		StringBuilder out = new StringBuilder(VERSION).append('\n');
		field(out, "id", Long.toString(e.id()));
		field(out, "occurred_at", TIME.format(storable(e.occurredAt())));
		field(out, "organization_id", text(e.organizationId()));
		field(out, "actor_id", text(e.actorId()));
		field(out, "actor_label", e.actorLabel());
		field(out, "action", e.action());
		field(out, "target_type", e.targetType());
		field(out, "target_id", e.targetId());
		field(out, "details", canonicalJson(e.detailsJson()));
		field(out, "client_ip", e.clientIp());
		field(out, "user_agent", e.userAgent());
		field(out, "previous_hash", e.previousHash());
		return out.toString();
	}

	/** JSON for a details map: keys sorted, no spaces. */
	public static String detailsJson(Map<String, String> details) {
		Map<String, String> sorted = new TreeMap<>();
		if (details != null) {
			details.forEach((key, value) -> sorted.put(key, value));
		}
		return JSON.writeValueAsString(sorted);
	}

	/**
	 * The canonical text of any JSON value: objects with keys sorted (at every depth), no spaces.
	 * PostgreSQL's jsonb reorders keys and adds spaces, so the stored text is never hashed as is.
	 */
	static String canonicalJson(String json) {
		if (json == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		write(JSON.readTree(json), out);
		return out.toString();
	}

	private static void write(JsonNode node, StringBuilder out) {
		if (node.isObject()) {
			Map<String, JsonNode> sorted = new TreeMap<>();
			node.properties().forEach(p -> sorted.put(p.getKey(), p.getValue()));
			out.append('{');
			boolean first = true;
			for (Map.Entry<String, JsonNode> property : sorted.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				out.append(JSON.writeValueAsString(property.getKey())).append(':');
				write(property.getValue(), out);
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(node.get(i), out);
			}
			out.append(']');
		}
		else {
			out.append(JSON.writeValueAsString(node));
		}
	}

	/** The details as sorted text pairs; values that are not text show as their JSON. */
	static Map<String, String> detailsAsText(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		JsonNode node = JSON.readTree(json);
		if (!node.isObject()) {
			return Map.of("", canonicalJson(json));
		}
		Map<String, String> sorted = new TreeMap<>();
		node.properties().forEach(p -> {
			JsonNode value = p.getValue();
			sorted.put(p.getKey(), value.isString() ? value.asString() : canonicalJson(value.toString()));
		});
		return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
	}

	private static void field(StringBuilder out, String name, String value) {
		out.append(name).append(':');
		if (value == null) {
			out.append('-');
		}
		else {
			out.append(value.length()).append(':').append(value);
		}
		out.append('\n');
	}

	private static String text(UUID id) {
		return id == null ? null : id.toString();
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
