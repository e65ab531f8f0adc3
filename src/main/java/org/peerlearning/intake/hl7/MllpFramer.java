package org.peerlearning.intake.hl7;

import java.io.ByteArrayOutputStream;

/**
 * Cuts a byte stream into MLLP frames ({@code <VT> payload <FS><CR>}). Bytes outside a frame that
 * are not whitespace are junk: they are gathered and handed on as such (the connection answers
 * them with a negative acknowledgement instead of ignoring them silently or giving up). A frame
 * larger than the limit is discarded up to its end. Fed with whatever chunks the socket delivers.
 */
final class MllpFramer {

	static final byte START = 0x0B;

	static final byte END = 0x1C;

	static final byte CARRIAGE_RETURN = 0x0D;

	private final int maxFrameBytes;

	private final Sink sink;

	private final ByteArrayOutputStream frame = new ByteArrayOutputStream(8192);

	private final ByteArrayOutputStream junk = new ByteArrayOutputStream();

	private State state = State.OUTSIDE;

	private boolean junkHasContent;

	MllpFramer(int maxFrameBytes, Sink sink) {
		this.maxFrameBytes = maxFrameBytes;
		this.sink = sink;
	}

	void feed(byte[] buffer, int offset, int length) {
		int end = offset + length;
		int i = offset;
		while (i < end) {
			byte b = buffer[i];
			switch (state) {
				case OUTSIDE -> {
					if (b == START) {
						flushJunk();
						state = State.INSIDE;
						frame.reset();
					}
					else {
						addJunk(b);
					}
					i++;
				}
				case INSIDE -> {
					int stop = i;
					while (stop < end && buffer[stop] != END && buffer[stop] != START) {
						stop++;
					}
					frame.write(buffer, i, stop - i);
					i = stop;
					if (frame.size() > maxFrameBytes) {
						frame.reset();
						state = State.DISCARDING;
						sink.tooLarge();
					}
					else if (i < end && buffer[i] == END) {
						sink.frame(frame.toByteArray());
						frame.reset();
						state = State.AFTER_END;
						i++;
					}
					else if (i < end && buffer[i] == START) {
						// a new frame starts before the previous one ended: what came before is unusable
						sink.junk(frame.toByteArray(), "frame not terminated by <FS><CR> before the next start block");
						frame.reset();
						i++;
					}
				}
				case AFTER_END -> {
					state = State.OUTSIDE;
					if (b == CARRIAGE_RETURN) {
						i++;
					}
				}
				case DISCARDING -> {
					if (b == END) {
						state = State.AFTER_END;
					}
					i++;
				}
			}
		}
	}

	/** Hands on gathered junk; the connection calls this when the sender pauses (nothing more to read). */
	void flushJunk() {
		if (junkHasContent) {
			sink.junk(junk.toByteArray(), "data outside an MLLP frame (no <VT> start block)");
		}
		junk.reset();
		junkHasContent = false;
	}

	boolean insideFrame() {
		return state == State.INSIDE || state == State.DISCARDING;
	}

	private void addJunk(byte b) {
		if (b != ' ' && b != '\r' && b != '\n' && b != '\t') {
			junkHasContent = true;
		}
		if (junk.size() < maxFrameBytes) {
			junk.write(b);
		}
	}

	private enum State {
		OUTSIDE, INSIDE, AFTER_END, DISCARDING
	}

	/** Receives what the framer finds. */
	interface Sink {

		void frame(byte[] payload);

		void junk(byte[] bytes, String why);

		void tooLarge();
	}
}
