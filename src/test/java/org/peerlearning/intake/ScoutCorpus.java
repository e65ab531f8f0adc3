package org.peerlearning.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scout HL7 test files, unwrapped from their log format: each message sits between
 * {@code <SB>} and {@code <EB>}, segments end with {@code <R>} and a line break. The bytes are kept
 * as they are (some files are ISO-8859-1).
 */
public final class ScoutCorpus {

	public static final Path ROOT = Path.of("../shared/testdata/hl7/scout");

	private ScoutCorpus() {
	}

	public static List<Path> files() {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter(p -> p.toString().endsWith(".log")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The messages of one file, as raw bytes with CR segment terminators. */
	public static List<byte[]> messages(Path file) {
		try {
			String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			List<byte[]> messages = new ArrayList<>();
			int start = text.indexOf("<SB>");
			while (start >= 0) {
				int end = text.indexOf("<EB>", start);
				String body = text.substring(start + 4, end).replace("\r", "").replace("\n", "").replace("<R>", "\r");
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				bytes.writeBytes(body.getBytes(StandardCharsets.ISO_8859_1));
				messages.add(bytes.toByteArray());
				start = text.indexOf("<SB>", end);
			}
			return messages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
