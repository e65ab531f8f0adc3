package org.peerlearning.intake.hl7;

import java.util.UUID;

/**
 * What became of one message, as the acknowledgement tells it.
 *
 * @param messageId the stored message, when it could be stored
 */
record Outcome(Code code, ErrorCode errorCode, String reason, UUID messageId) {

	static Outcome accepted(UUID messageId) {
		return new Outcome(Code.AA, ErrorCode.ACCEPTED, null, messageId);
	}

	static Outcome duplicate(UUID messageId) {
		return new Outcome(Code.AA, ErrorCode.ACCEPTED, "Already received: acknowledged again, not applied twice", messageId);
	}

	/** Application accept, application error (the message may succeed if sent again later), application reject. */
	enum Code {
		AA, AE, AR
	}

	/** HL7 table 0357. */
	enum ErrorCode {

		ACCEPTED(0, "Message accepted"), SEGMENT_SEQUENCE(100, "Segment sequence error"),
		REQUIRED_FIELD_MISSING(101, "Required field missing"), DATA_TYPE(102, "Data type error"),
		UNSUPPORTED_MESSAGE_TYPE(200, "Unsupported message type"), UNKNOWN_KEY(204, "Unknown key identifier"),
		INTERNAL(207, "Application internal error");

		private final int code;

		private final String description;

		ErrorCode(int code, String description) {
			this.code = code;
			this.description = description;
		}

		int code() {
			return code;
		}

		String description() {
			return description;
		}
	}
}
