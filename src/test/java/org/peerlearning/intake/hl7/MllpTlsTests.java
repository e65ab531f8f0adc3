package org.peerlearning.intake.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerlearning.ApplicationTest;
import org.peerlearning.intake.MllpClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.jks.JksSslStoreBundle;
import org.springframework.boot.ssl.jks.JksSslStoreDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.peerlearning.intake.TestMessages.oru;
import static org.peerlearning.intake.TestMessages.unique;

/**
 * The MLLP listener over TLS, with a self-signed key pair made for the test by {@code keytool}: a
 * sender that trusts the certificate gets its AA, one speaking plain MLLP gets nothing stored.
 */
@ApplicationTest
class MllpTlsTests {

	private static final String PASSWORD = "test-only-secret";

	@TempDir
	static Path keys;

	static Path keyStore;

	@Autowired
	Hl7Intake intake;

	@Autowired
	JdbcClient jdbc;

	private static MllpServer server;

	@BeforeAll
	static void makeASelfSignedKeyPair() throws Exception {
		keyStore = keys.resolve("mllp.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
				"-alias", "mllp", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-validity", "2",
				"-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass",
				PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
	}

	private MllpServer tlsServer() {
		if (server == null) {
			SslBundle bundle = SslBundle.of(new JksSslStoreBundle(
					new JksSslStoreDetails("PKCS12", null, keyStore.toUri().toString(), PASSWORD), null));
			server = new MllpServer(intake, true, "127.0.0.1", 0, 4, 1 << 20, 60, new MllpServer.Tls(bundle, "none"));
			server.start();
		}
		return server;
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.stop();
		}
	}

	@Test
	void aSenderThatTrustsTheCertificateGetsItsMessageStoredAndAcknowledgedOverTls() throws Exception {
		String controlId = unique("TLS");
		String accession = unique("ACC");
		try (SSLSocket socket = (SSLSocket) trustingTheTestCertificate().getSocketFactory()
			.createSocket("localhost", tlsServer().port())) {
			socket.setSoTimeout(20_000);
			socket.startHandshake();
			assertThat(socket.getSession().getProtocol()).startsWith("TLS");
			String ack = exchange(socket, oru(controlId, accession, "F", null, "Sent over TLS."));
			assertThat(MllpClient.code(ack)).isEqualTo("AA");
		}
		assertThat(jdbc.sql("select report_text from exam where accession_number = ?").param(accession).query(String.class).single())
			.isEqualTo("Sent over TLS.");
	}

	@Test
	void aSenderSpeakingPlainMllpToTheTlsPortGetsNoAcknowledgementAndNothingIsStored() throws Exception {
		String controlId = unique("PLAIN");
		Throwable failure;
		try (Socket socket = new Socket("localhost", tlsServer().port())) {
			socket.setSoTimeout(20_000);
			failure = catchThrowable(() -> exchange(socket, oru(controlId, unique("ACC"), "F", null, "Not encrypted.")));
		}
		assertThat(failure).isInstanceOf(IOException.class);
		assertThat(jdbc.sql("select count(*) from hl7_message where control_id = ?").param(controlId).query(Long.class).single())
			.isZero();
	}

	private static SSLContext trustingTheTestCertificate() throws Exception {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore)) {
			trusted.load(in, PASSWORD.toCharArray());
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	/** Sends one framed message and reads the framed answer; an answer that never comes is an IOException. */
	private static String exchange(Socket socket, String message) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(0x0B);
		out.write(message.getBytes(StandardCharsets.UTF_8));
		out.write(new byte[] { 0x1C, 0x0D });
		out.flush();
		InputStream in = socket.getInputStream();
		int b;
		while ((b = in.read()) != 0x0B) {
			if (b < 0) {
				throw new IOException("connection closed without an answer");
			}
		}
		StringBuilder answer = new StringBuilder();
		while ((b = in.read()) != 0x1C) {
			if (b < 0) {
				throw new IOException("connection closed inside an answer");
			}
			answer.append((char) b);
		}
		return answer.toString();
	}
}
