package org.peerlearning.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A minimal MLLP sender for tests: frames what it sends and reads one framed answer at a time. */
public final class MllpClient implements AutoCloseable {

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	public MllpClient(int port) throws IOException {
		socket = new Socket("localhost", port);
		socket.setSoTimeout(20_000);
		socket.setTcpNoDelay(true);
		in = socket.getInputStream();
		out = socket.getOutputStream();
	}

	/** Sends one framed message and answers the acknowledgement (segments separated by CR). */
	public String send(String message) throws IOException {
		return send(message.getBytes(StandardCharsets.UTF_8));
	}

	public String send(byte[] payload) throws IOException {
		out.write(0x0B);
		out.write(payload);
		out.write(new byte[] { 0x1C, 0x0D });
		out.flush();
		return read(StandardCharsets.ISO_8859_1);
	}

	/** Sends bytes exactly as given (no framing added). */
	public void sendRaw(byte[] bytes) throws IOException {
		out.write(bytes);
		out.flush();
	}

	/** Reads one framed answer. */
	public String read(Charset charset) throws IOException {
		int b;
		while ((b = in.read()) != 0x0B) {
			if (b < 0) {
				throw new IOException("connection closed before an answer");
			}
		}
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		while ((b = in.read()) != 0x1C) {
			if (b < 0) {
				throw new IOException("connection closed inside an answer");
			}
			answer.write(b);
		}
		in.read(); // the CR after FS
		return answer.toString(charset);
	}

	/** The acknowledgement code (MSA-1) of an answer. */
	public static String code(String ack) {
		for (String segment : ack.split("\r")) {
			if (segment.startsWith("MSA|")) {
				return segment.split("\\|", -1)[1];
			}
		}
		return "";
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
