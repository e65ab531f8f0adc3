package org.peerlearning.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The reference for the MLLP benchmark: a bare server that frames, reads the control id and
 * answers AA without storing anything. What the platform adds on top (parsing, routing, a durable
 * commit) is the difference between the two figures.
 */
final class MllpEchoServer implements AutoCloseable {

	private final ServerSocket server;

	private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "mllp-echo");
		thread.setDaemon(true);
		return thread;
	});

	MllpEchoServer() throws IOException {
		server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
		workers.submit(this::accept);
	}

	int port() {
		return server.getLocalPort();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				socket.setTcpNoDelay(true);
				workers.submit(() -> serve(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
				OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
			byte[] message;
			while ((message = Mllp.readFrame(in)) != null) {
				String text = new String(message, StandardCharsets.ISO_8859_1);
				Mllp.writeFrame(out, Hl7Messages.ack(text).getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
		}
		catch (IOException ex) {
			// the client went away: nothing to do for a reference server
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		workers.shutdownNow();
	}
}
