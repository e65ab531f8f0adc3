package org.peerlearning.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.peerlearning.audit.internal.AuditEntry;
import org.peerlearning.organization.Organization;
import org.peerlearning.organization.Organizations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns entries into rows for the pages, in the viewer's language and the platform's time zone. */
@Component
class AuditRows {

	private final ActionLabels labels;

	private final Organizations organizations;

	private final ZoneId zone;

	AuditRows(ActionLabels labels, Organizations organizations, @Value("${peerlearning.time-zone:America/Toronto}") ZoneId zone) {
		this.labels = labels;
		this.organizations = organizations;
		this.zone = zone;
	}

	ZoneId zone() {
		return zone;
	}

	/** Names of every organization, for platform administrators who see them all. */
	Map<UUID, String> organizationNames() {
		return organizations.all().stream().collect(Collectors.toMap(o -> o.id().value(), Organization::name));
	}

	/** A readable local date and time, such as "Nov 28, 2026, 4:21:05 AM" or "28 nov. 2026, 04:21:05". */
	String time(Instant instant, Locale locale) {
		return instant == null ? null
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
	}

	AuditRow row(AuditEntry entry, Locale locale, Map<UUID, String> organizationNames) {
		String organization = entry.organizationId() == null ? null
				: organizationNames.getOrDefault(entry.organizationId(), entry.organizationId().toString());
		return new AuditRow(entry.id(), time(entry.occurredAt(), locale), entry.occurredAt().toString(), organization,
				entry.actorLabel(), entry.action(), labels.action(entry.action(), locale), labels.targetType(entry.targetType(), locale),
				entry.targetId(), entry.clientIp(), entry.userAgent(), entry.details(), entry.previousHash(), entry.hash());
	}
}
