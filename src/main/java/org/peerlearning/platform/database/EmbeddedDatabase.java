package org.peerlearning.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server started from the application's own jar, for machines that have no
 * database server of their own. One server per data directory per JVM: application contexts that
 * share a directory (tests, devtools restarts) share the server, which stops with the JVM.
 */
public final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	private EmbeddedDatabase() {
	}

	/** Starts (or returns the already running) server whose cluster lives in {@code dataDirectory}. */
	public static EmbeddedPostgres start(Path dataDirectory) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		return servers.computeIfAbsent(directory, EmbeddedDatabase::launch);
	}

	/** Starts a server on a fresh cluster in {@code dataDirectory}, wiped first and removed when the JVM stops. */
	public static EmbeddedPostgres startEphemeral(Path dataDirectory) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		return servers.computeIfAbsent(directory, d -> launch(d, true));
	}

	private static EmbeddedPostgres launch(Path directory) {
		return launch(directory, false);
	}

	private static EmbeddedPostgres launch(Path directory, boolean ephemeral) {
		try {
			Files.createDirectories(directory);
			log.info("Starting embedded PostgreSQL with its data in {}", directory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(ephemeral)
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.start();
			// Stop the server only after every application context has closed: a JVM hook of its own
			// (ours or the library's) would race Spring's, and beans still using the database while
			// closing (the event publication registry among them) would wait 30 s for a connection.
			SpringApplication.getShutdownHandlers().add(() -> close(server));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}
}
