package org.peerlearning.intake.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma separated, fields in double quotes may hold commas, quotes written
 * twice and line breaks) one record at a time, so a file of any size is never held in memory.
 * Lines may end with CRLF or LF. A record longer than {@link #MAX_RECORD_CHARS} is an error rather
 * than a way to exhaust memory.
 */
final class CsvRecords {

	static final int MAX_RECORD_CHARS = 1_000_000;

	private final Reader in;

	private long line = 1;

	private int pushedBack = -2;

	CsvRecords(Reader in) {
		this.in = in;
	}

	/** A record and the line of the file it starts on. */
	record Row(long line, List<String> fields) {
	}

	/** The next record, or {@code null} at the end of the file. */
	Row next() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		long start = line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int chars = 0;
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (++chars > MAX_RECORD_CHARS) {
				throw new IOException("A record starting on line " + start + " is longer than " + MAX_RECORD_CHARS + " characters");
			}
			if (quoted) {
				if (c == -1) {
					throw new IOException("A quoted field starting on line " + start + " never ends");
				}
				if (c == '"') {
					int after = read();
					if (after == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = after;
						continue;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n' || c == -1) {
				if (c == '\r') {
					int after = read();
					if (after != '\n') {
						pushedBack = after;
					}
				}
				if (c != -1) {
					line++;
				}
				fields.add(field.toString());
				return new Row(start, fields);
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		return in.read();
	}
}
