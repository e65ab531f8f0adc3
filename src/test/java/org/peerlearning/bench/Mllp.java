package org.peerlearning.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Minimal Lower Layer Protocol framing: 0x0B, message, 0x1C 0x0D. */
final class Mllp {

	static final int START = 0x0B;

	static final int END = 0x1C;

	static final int CARRIAGE_RETURN = 0x0D;

	private Mllp() {
	}

	static void writeFrame(OutputStream out, byte[] message) throws IOException {
		out.write(START);
		out.write(message);
		out.write(END);
		out.write(CARRIAGE_RETURN);
	}

	/** Reads one framed message, or {@code null} at the end of the stream. */
	static byte[] readFrame(InputStream in) throws IOException {
		int b;
		do {
			b = in.read();
			if (b == -1) {
				return null;
			}
		}
		while (b != START);
		ByteArrayOutputStream message = new ByteArrayOutputStream(1024);
		while ((b = in.read()) != -1) {
			if (b == END) {
				int next = in.read();
				if (next == CARRIAGE_RETURN || next == -1) {
					return message.toByteArray();
				}
				message.write(b);
				message.write(next);
				continue;
			}
			message.write(b);
		}
		return null;
	}
}
