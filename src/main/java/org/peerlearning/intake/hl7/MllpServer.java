package org.peerlearning.intake.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLServerSocket;

import org.peerlearning.intake.MllpEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The MLLP listener, on plain sockets so that the acknowledgement of each message is written only
 * after {@link Hl7Intake} committed it. One thread per connection (interface engines keep a few
 * long-lived connections and wait for each ACK before sending the next message); a message that
 * fails is answered with a NAK and the connection goes on, a connection that fails ends alone.
 * Starts last and stops first among the application's lifecycle beans.
 *
 * <p>With {@code peerlearning.hl7.mllp.tls.enabled} the port speaks TLS only, with the key and
 * certificate of the Spring SSL bundle named by {@code peerlearning.hl7.mllp.tls.bundle} (e.g.
 * {@code spring.ssl.bundle.jks.hl7.keystore.location}); {@code peerlearning.hl7.mllp.tls.client-auth}
 * ({@code none}, {@code want}, {@code need}) asks senders for a certificate of their own, checked
 * against the bundle's trust store. The handshake happens on the connection's thread, so a slow or
 * failed one holds up no one else.
 */
@Component
class MllpServer implements SmartLifecycle, MllpEndpoint {

	private static final Logger log = LoggerFactory.getLogger(MllpServer.class);

	private final Hl7Intake intake;

	private final boolean enabled;

	private final String host;

	private final int configuredPort;

	private final int maxConnections;

	private final int maxFrameBytes;

	private final int idleTimeoutMillis;

	private final Tls tls;

	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	private volatile ThreadPoolExecutor workers;

	@Autowired
	MllpServer(Hl7Intake intake, @Value("${peerlearning.hl7.mllp.enabled:true}") boolean enabled,
			@Value("${peerlearning.hl7.mllp.host:0.0.0.0}") String host, @Value("${peerlearning.hl7.mllp.port:2575}") int port,
			@Value("${peerlearning.hl7.mllp.max-connections:32}") int maxConnections,
			@Value("${peerlearning.hl7.mllp.max-message-bytes:16777216}") int maxFrameBytes,
			@Value("${peerlearning.hl7.mllp.idle-timeout-seconds:600}") int idleTimeoutSeconds,
			@Value("${peerlearning.hl7.mllp.tls.enabled:false}") boolean tlsEnabled,
			@Value("${peerlearning.hl7.mllp.tls.bundle:hl7}") String tlsBundle,
			@Value("${peerlearning.hl7.mllp.tls.client-auth:none}") String clientAuth, ObjectProvider<SslBundles> sslBundles) {
		this(intake, enabled, host, port, maxConnections, maxFrameBytes, idleTimeoutSeconds,
				tlsEnabled ? new Tls(sslBundles.getObject().getBundle(tlsBundle), clientAuth) : null);
	}

	/** @param tls the TLS settings, {@code null} for plain TCP */
	MllpServer(Hl7Intake intake, boolean enabled, String host, int port, int maxConnections, int maxFrameBytes,
			int idleTimeoutSeconds, Tls tls) {
		this.intake = intake;
		this.enabled = enabled;
		this.host = host;
		this.configuredPort = port;
		this.maxConnections = maxConnections;
		this.maxFrameBytes = maxFrameBytes;
		this.idleTimeoutMillis = idleTimeoutSeconds * 1000;
		this.tls = tls;
	}

	@Override
	public int port() {
		ServerSocket current = server;
		return current == null ? -1 : current.getLocalPort();
	}

	@Override
	public boolean isAutoStartup() {
		return enabled;
	}

	@Override
	public synchronized void start() {
		if (server != null) {
			return;
		}
		try {
			ServerSocket socket = tls == null ? new ServerSocket() : tls.serverSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(host), configuredPort), 128);
			AtomicInteger counter = new AtomicInteger();
			workers = new ThreadPoolExecutor(0, maxConnections, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
				Thread thread = new Thread(runnable, "mllp-" + counter.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
			server = socket;
			Thread acceptor = new Thread(this::acceptLoop, "mllp-acceptor");
			acceptor.setDaemon(true);
			acceptor.start();
			log.info("HL7 MLLP listener on port {}{}", socket.getLocalPort(), tls == null ? "" : " (TLS)");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not listen for HL7 on port " + configuredPort, ex);
		}
	}

	@Override
	public synchronized void stop() {
		ServerSocket current = server;
		server = null;
		if (current != null) {
			closeQuietly(current);
		}
		connections.forEach(MllpServer::closeQuietly);
		if (workers != null) {
			workers.shutdown();
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}

	private void acceptLoop() {
		ServerSocket current = server;
		while (current != null && !current.isClosed()) {
			try {
				Socket socket = current.accept();
				try {
					workers.execute(() -> serve(socket));
				}
				catch (RejectedExecutionException ex) {
					log.warn("Refused an HL7 connection: {} connections already open", maxConnections);
					closeQuietly(socket);
				}
			}
			catch (IOException ex) {
				if (!current.isClosed()) {
					log.warn("Accepting an HL7 connection failed: {}", ex.getMessage());
				}
			}
		}
	}

	private void serve(Socket socket) {
		connections.add(socket);
		try (socket) {
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(idleTimeoutMillis);
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			MllpFramer framer = new MllpFramer(maxFrameBytes, new Responder(out));
			byte[] buffer = new byte[65536];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				framer.feed(buffer, 0, read);
				if (in.available() == 0 && !framer.insideFrame()) {
					framer.flushJunk();
				}
			}
			framer.flushJunk();
		}
		catch (SocketException ex) {
			log.debug("HL7 connection closed: {}", ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("HL7 connection ended: {}", ex.getClass().getSimpleName());
		}
		finally {
			connections.remove(socket);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// closing on shutdown: nothing left to do
		}
	}

	/** The TLS side of the listener: an SSL bundle's key material and options, and whether senders must show a certificate. */
	record Tls(SslBundle bundle, String clientAuth) {

		ServerSocket serverSocket() throws IOException {
			SSLServerSocket socket = (SSLServerSocket) bundle.createSslContext().getServerSocketFactory().createServerSocket();
			if (bundle.getOptions().getEnabledProtocols() != null) {
				socket.setEnabledProtocols(bundle.getOptions().getEnabledProtocols());
			}
			if (bundle.getOptions().getCiphers() != null) {
				socket.setEnabledCipherSuites(bundle.getOptions().getCiphers());
			}
			switch (clientAuth == null ? "none" : clientAuth.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "need" -> socket.setNeedClientAuth(true);
				case "want" -> socket.setWantClientAuth(true);
				case "none" -> socket.setWantClientAuth(false);
				default -> throw new IllegalArgumentException("peerlearning.hl7.mllp.tls.client-auth must be none, want or need");
			}
			return socket;
		}
	}

	/** Writes one acknowledgement per frame (or per run of junk), framed. */
	private final class Responder implements MllpFramer.Sink {

		private final OutputStream out;

		Responder(OutputStream out) {
			this.out = out;
		}

		@Override
		public void frame(byte[] payload) {
			send(intake.receive(payload));
		}

		@Override
		public void junk(byte[] bytes, String why) {
			send(intake.refuse(bytes, why));
		}

		@Override
		public void tooLarge() {
			send(intake.refuse(new byte[0], "message larger than " + maxFrameBytes + " bytes"));
		}

		private void send(byte[] ack) {
			try {
				byte[] framed = new byte[ack.length + 3];
				framed[0] = MllpFramer.START;
				System.arraycopy(ack, 0, framed, 1, ack.length);
				framed[ack.length + 1] = MllpFramer.END;
				framed[ack.length + 2] = MllpFramer.CARRIAGE_RETURN;
				out.write(framed);
				out.flush();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}
}
