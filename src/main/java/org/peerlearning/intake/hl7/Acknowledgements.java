package org.peerlearning.intake.hl7;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes HL7 acknowledgements by hand: an ACK is a few fixed fields, and building it without the
 * message model keeps it cheap and possible even when the message could not be parsed. The ERR
 * segment carries both the v2.3/2.4 form (ERR-1) and the v2.5+ form (ERR-3, ERR-4, ERR-8), so
 * receivers of either generation read why a message was refused.
 */
final class Acknowledgements {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);

	private Acknowledgements() {
	}

	/** The acknowledgement of one message; {@code header} may be null when the MSH was unreadable. */
	static String ack(MshHeader header, Outcome outcome) {
		String version = header == null || header.version().isBlank() ? "2.5.1" : header.version();
		String trigger = header == null ? "" : trigger(header.messageType());
		StringBuilder ack = new StringBuilder(256);
		ack.append("MSH|^~\\&|")
			.append(escape(header == null || header.receivingApplication().isBlank() ? "PEERLEARNING" : header.receivingApplication()))
			.append('|')
			.append(escape(header == null ? "" : header.receivingFacility()))
			.append('|')
			.append(escape(header == null ? "" : header.sendingApplication()))
			.append('|')
			.append(escape(header == null ? "" : header.sendingFacility()))
			.append('|')
			.append(LocalDateTime.now().format(TIMESTAMP))
			.append("||ACK")
			.append(trigger.isEmpty() ? "" : "^" + escape(trigger) + "^ACK")
			.append('|')
			.append(Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase())
			.append('|')
			.append(escape(header == null || header.processingId().isBlank() ? "P" : header.processingId()))
			.append('|')
			.append(escape(version));
		if (header != null && !header.charset().isBlank()) {
			ack.append("||||||").append(escape(header.charset()));
		}
		ack.append('\r');
		ack.append("MSA|").append(outcome.code().name()).append('|').append(escape(header == null ? "" : header.controlId()));
		if (outcome.reason() != null) {
			ack.append('|').append(escape(outcome.reason()));
		}
		ack.append('\r');
		if (outcome.code() != Outcome.Code.AA) {
			ack.append("ERR|^^^")
				.append(outcome.errorCode().code())
				.append('&')
				.append(escape(outcome.errorCode().description()))
				.append("||")
				.append(outcome.errorCode().code())
				.append('^')
				.append(outcome.errorCode().description())
				.append("^HL70357|E||||")
				.append(escape(outcome.reason()))
				.append('\r');
		}
		return ack.toString();
	}

	private static String trigger(String messageType) {
		int caret = messageType.indexOf('^');
		return caret < 0 ? "" : messageType.substring(caret + 1);
	}

	/** Escapes the standard delimiters so a reason text cannot break the acknowledgement's structure. */
	static String escape(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\E\\");
				case '|' -> out.append("\\F\\");
				case '^' -> out.append("\\S\\");
				case '&' -> out.append("\\T\\");
				case '~' -> out.append("\\R\\");
				case '\r', '\n' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
