package org.peerlearning.intake.hl7;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.peerlearning.intake.MllpClient;
import org.peerlearning.intake.TestMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durability of the HL7 feed against a crash: the application runs in a JVM of its own on its own
 * data directory, takes messages on several connections, and is killed (JVM and database, no
 * shutdown of any kind) while messages are in flight. After a restart on the same directory every
 * message that was acknowledged AA is stored exactly once, and resending every message, acknowledged
 * or not, applies none twice.
 */
class MllpCrashRecoveryTests {

	private static final Logger log = LoggerFactory.getLogger(MllpCrashRecoveryTests.class);

	private static final String SENDER = "CRASHTEST";

	private final List<Process> started = new ArrayList<>();

	private Path dataDir;

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void everyAcknowledgedMessageSurvivesAKillAndAResendIsNeverAppliedTwice() throws Exception {
		dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-test-");
		int mllpPort = freePort();
		String run = UUID.randomUUID().toString().substring(0, 8);

		Process first = launch(mllpPort, "first.log");
		awaitListening(first, mllpPort);
		routeSenderToANewOrganization();

		Map<Integer, String> sent = new ConcurrentHashMap<>();
		Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicInteger next = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(4);
		for (int c = 0; c < 4; c++) {
			senders.submit(() -> stream(mllpPort, run, next, sent, acknowledged));
		}
		// kill in the middle of the stream, once a good number of messages went through
		Awaitility.await("300 acknowledged messages").atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 300);
		killWithItsDatabase(first);
		senders.shutdown();
		assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		Process second = launch(mllpPort, "second.log");
		awaitListening(second, mllpPort);
		Map<String, Integer> stored = acceptedPerControlId(run);
		for (int n : acknowledged) {
			assertThat(stored.get(controlId(run, n))).as("acknowledged message %d after the crash", n).isEqualTo(1);
		}
		assertThat(stored.values()).allMatch(count -> count == 1);
		log.info("Killed with {} messages sent, {} acknowledged; {} stored after the restart", sent.size(), acknowledged.size(),
				stored.size());

		List<String> answers = new ArrayList<>();
		try (MllpClient client = new MllpClient(mllpPort)) {
			for (Map.Entry<Integer, String> message : sent.entrySet()) {
				String ack = client.send(message.getValue());
				assertThat(MllpClient.code(ack)).isEqualTo("AA");
				if (acknowledged.contains(message.getKey())) {
					answers.add(ack);
				}
			}
		}
		assertThat(answers).allMatch(ack -> ack.contains("Already received"));
		Map<String, Integer> afterResend = acceptedPerControlId(run);
		assertThat(afterResend.keySet()).hasSize(sent.size());
		assertThat(afterResend.values()).allMatch(count -> count == 1);
		assertThat(examsPerAccession(run).values()).hasSize(sent.size()).allMatch(count -> count == 1);
	}

	/** Sends unique final reports until the connection breaks (the application was killed). */
	private static Void stream(int port, String run, AtomicInteger next, Map<Integer, String> sent, Set<Integer> acknowledged) {
		try (MllpClient client = new MllpClient(port)) {
			while (true) {
				int n = next.getAndIncrement();
				String message = TestMessages.oru(controlId(run, n), accession(run, n), "F", "12345^READER^RITA",
						"No acute findings.").replace("|RIS|LGH|", "|RIS|" + SENDER + "|");
				sent.put(n, message);
				if ("AA".equals(MllpClient.code(client.send(message)))) {
					acknowledged.add(n);
				}
			}
		}
		catch (IOException expected) {
			return null; // the application is gone
		}
	}

	private Process launch(int mllpPort, String log) throws IOException {
		String classPath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
			.split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-cp", classPath, "org.peerlearning.PeerLearningApplication",
				"--peerlearning.data-dir=" + dataDir, "--server.port=0", "--peerlearning.hl7.mllp.port=" + mllpPort,
				"--peerlearning.demo.enabled=false", "--spring.main.banner-mode=off");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve(log).toFile())
			.start();
		started.add(process);
		return process;
	}

	private static void awaitListening(Process process, int port) throws Exception {
		Awaitility.await("the MLLP listener").atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(100)).until(() -> {
			assertThat(process.isAlive()).as("the application is running").isTrue();
			try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
				return true;
			}
			catch (IOException notYet) {
				return false;
			}
		});
	}

	/** A killed JVM leaves its database server running: kill that too, as a power cut would. */
	private void killWithItsDatabase(Process application) throws Exception {
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
		application.destroyForcibly().waitFor();
		ProcessHandle.of(postmaster).ifPresent(server -> {
			List<ProcessHandle> family = Stream.concat(Stream.of(server), server.descendants()).toList();
			family.forEach(ProcessHandle::destroyForcibly);
			family.forEach(p -> p.onExit().join());
		});
	}

	private void routeSenderToANewOrganization() throws SQLException {
		try (Connection db = database()) {
			UUID organization = UUID.randomUUID();
			try (PreparedStatement insert = db.prepareStatement("insert into organization (id, name, kind) values (?, ?, 'HOSPITAL')")) {
				insert.setObject(1, organization);
				insert.setString(2, "Crash Test Hospital");
				insert.executeUpdate();
			}
			try (PreparedStatement insert = db.prepareStatement(
					"insert into facility_route (id, organization_id, sending_facility) values (?, ?, ?)")) {
				insert.setObject(1, UUID.randomUUID());
				insert.setObject(2, organization);
				insert.setString(3, SENDER);
				insert.executeUpdate();
			}
		}
	}

	private Map<String, Integer> acceptedPerControlId(String run) throws SQLException {
		return counts("select control_id, count(*) from hl7_message where status = 'ACCEPTED' and control_id like ? group by control_id",
				"CRASH-" + run + "-%");
	}

	private Map<String, Integer> examsPerAccession(String run) throws SQLException {
		return counts("select accession_number, count(*) from exam where accession_number like ? group by accession_number",
				"ACC-" + run + "-%");
	}

	private Map<String, Integer> counts(String sql, String pattern) throws SQLException {
		Map<String, Integer> counts = new HashMap<>();
		try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
			query.setString(1, pattern);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					counts.put(rows.getString(1), rows.getInt(2));
				}
			}
		}
		return counts;
	}

	/** The application's embedded server, found through the port it wrote in its postmaster.pid. */
	private Connection database() throws SQLException {
		try {
			String port = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).strip();
			return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException("the application's database is not running", ex);
		}
	}

	private static String controlId(String run, int n) {
		return "CRASH-" + run + "-" + n;
	}

	private static String accession(String run, int n) {
		return "ACC-" + run + "-" + n;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@AfterEach
	void stopAndCleanUp() throws Exception {
		for (Process process : started) {
			if (process.isAlive()) {
				process.destroy(); // a graceful stop also stops the embedded database
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					killWithItsDatabase(process);
				}
			}
		}
		if (dataDir != null) {
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
