package org.peerlearning.audit.web;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Readable names of actions and targets. Modules add actions over time: an action without its own
 * label is named by its module ({@code audit.action.module.<module>}), and failing that shown raw.
 */
@Component
class ActionLabels {

	private final MessageSource messages;

	ActionLabels(MessageSource messages) {
		this.messages = messages;
	}

	String action(String action, Locale locale) {
		String exact = messages.getMessage("audit.action." + action, null, null, locale);
		if (exact != null) {
			return exact;
		}
		int dot = action.indexOf('.');
		String module = dot > 0 ? action.substring(0, dot) : action;
		return messages.getMessage("audit.action.module." + module, new Object[] { action }, action, locale);
	}

	String targetType(String type, Locale locale) {
		if (type == null) {
			return null;
		}
		return messages.getMessage("audit.target." + type, null, type, locale);
	}

	/** The labels of the named filter fields, for telling which ones could not be understood. */
	String filterFields(Collection<String> fields, Locale locale) {
		return fields.stream()
			.map(field -> messages.getMessage("audit.filter." + field, null, field, locale))
			.collect(Collectors.joining(", "));
	}

	String reason(String reason, Locale locale) {
		return reason == null ? null : messages.getMessage("audit.verify.reason." + reason, null, reason, locale);
	}
}
