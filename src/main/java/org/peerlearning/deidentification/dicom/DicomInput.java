package org.peerlearning.deidentification.dicom;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.util.Arrays;

import org.peerlearning.deidentification.InvalidDicomException;

/**
 * A buffered, position-counting reader of DICOM primitives. It never holds more than its buffer;
 * large values go straight to a {@link DicomOutput} with {@link #copyTo}.
 */
public final class DicomInput {

	private static final int BUFFER = 256 * 1024;

	private final InputStream in;
	private final byte[] buffer = new byte[BUFFER];
	private int pos;
	private int limit;
	/** Offset in the stream of buffer[0]. */
	private long base;
	private boolean bigEndian;
	/** Set when reading a file: large values then go file to file in the kernel. */
	private final FileChannel channel;

	public DicomInput(InputStream in, long startOffset) {
		this.in = in;
		this.base = startOffset;
		this.channel = in instanceof FileInputStream file ? file.getChannel() : null;
	}

	public long position() {
		return base + pos;
	}

	public boolean bigEndian() {
		return bigEndian;
	}

	public void bigEndian(boolean bigEndian) {
		this.bigEndian = bigEndian;
	}

	/** Makes n bytes available in the buffer if the stream has them; returns how many are available. */
	public int request(int n) throws IOException {
		if (limit - pos >= n) {
			return limit - pos;
		}
		if (pos > 0) {
			System.arraycopy(buffer, pos, buffer, 0, limit - pos);
			base += pos;
			limit -= pos;
			pos = 0;
		}
		while (limit < n) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				break;
			}
			limit += read;
		}
		return limit - pos;
	}

	/** The bytes left in the buffer, for handing the rest of the stream to an inflater. */
	public byte[] drainBuffer() {
		byte[] rest = Arrays.copyOfRange(buffer, pos, limit);
		base += limit;
		pos = 0;
		limit = 0;
		return rest;
	}

	public InputStream rawStream() {
		return in;
	}

	public boolean atEnd() throws IOException {
		return request(1) == 0;
	}

	/** Byte at offset i from the current position, without consuming; needs request() first. */
	public int peek(int i) {
		return buffer[pos + i] & 0xFF;
	}

	private void need(int n, String what) throws IOException {
		if (request(n) < n) {
			throw new InvalidDicomException("The file ends in the middle of " + what, position());
		}
	}

	public int u16(String what) throws IOException {
		need(2, what);
		int v = bigEndian ? ((buffer[pos] & 0xFF) << 8) | (buffer[pos + 1] & 0xFF)
				: (buffer[pos] & 0xFF) | ((buffer[pos + 1] & 0xFF) << 8);
		pos += 2;
		return v;
	}

	public long u32(String what) throws IOException {
		need(4, what);
		long v = bigEndian
				? ((long) (buffer[pos] & 0xFF) << 24) | ((buffer[pos + 1] & 0xFF) << 16) | ((buffer[pos + 2] & 0xFF) << 8)
						| (buffer[pos + 3] & 0xFF)
				: (buffer[pos] & 0xFF) | ((buffer[pos + 1] & 0xFF) << 8) | ((buffer[pos + 2] & 0xFF) << 16)
						| ((long) (buffer[pos + 3] & 0xFF) << 24);
		pos += 4;
		return v;
	}

	public int tag(String what) throws IOException {
		int group = u16(what);
		return (group << 16) | u16(what);
	}

	/** Two raw bytes (a VR code), big-endian as in the stream. */
	public int vrCode(String what) throws IOException {
		need(2, what);
		int v = ((buffer[pos] & 0xFF) << 8) | (buffer[pos + 1] & 0xFF);
		pos += 2;
		return v;
	}

	/**
	 * Reads a whole value into memory. Grows its array as bytes arrive, so a corrupt huge length is
	 * reported as truncation rather than exhausting memory.
	 */
	public byte[] bytes(long length, String what) throws IOException {
		long start = position();
		if (length > Integer.MAX_VALUE - 16) {
			throw new InvalidDicomException("The length of " + what + " (" + length + ") is too large", start);
		}
		int n = (int) length;
		byte[] value = new byte[Math.min(n, BUFFER * 16)];
		int filled = 0;
		while (filled < n) {
			int available = request(1);
			if (available == 0) {
				throw new InvalidDicomException(
						what + " declares " + n + " bytes but the file ends after " + filled, start);
			}
			int chunk = Math.min(available, n - filled);
			if (filled + chunk > value.length) {
				value = Arrays.copyOf(value, (int) Math.min(n, Math.max((long) value.length * 2, filled + chunk)));
			}
			System.arraycopy(buffer, pos, value, filled, chunk);
			pos += chunk;
			filled += chunk;
		}
		return value;
	}

	/** Lets the kernel copy file to file; returns how many bytes it copied (fewer at end of file). */
	private long transfer(FileChannel target, long count) throws IOException {
		long from = channel.position();
		long done = 0;
		while (done < count) {
			long n = channel.transferTo(from + done, count - done, target);
			if (n <= 0) {
				break;
			}
			done += n;
		}
		channel.position(from + done);
		base += done;
		return done;
	}

	/** Copies length bytes to out (or drops them when out is null) through a bounded buffer. */
	public void copyTo(DicomOutput out, long length, String what) throws IOException {
		long start = position();
		long left = length;
		if (channel != null && out != null && out.channel() != null && length > 4 * BUFFER) {
			int buffered = (int) Math.min(limit - pos, left);
			out.write(buffer, pos, buffered);
			pos += buffered;
			left -= buffered;
			base += limit;
			pos = 0;
			limit = 0;
			out.flush();
			left -= transfer(out.channel(), left);
			if (left > 0) {
				throw new InvalidDicomException(
						what + " declares " + length + " bytes but the file ends after " + (length - left), start);
			}
			return;
		}
		while (left > 0) {
			if (pos == limit) {
				base += limit;
				pos = 0;
				limit = 0;
				int read = in.read(buffer, 0, buffer.length);
				if (read < 0) {
					throw new InvalidDicomException(
							what + " declares " + length + " bytes but the file ends after " + (length - left), start);
				}
				limit = read;
			}
			int chunk = (int) Math.min(limit - pos, left);
			if (out != null) {
				out.write(buffer, pos, chunk);
			}
			pos += chunk;
			left -= chunk;
		}
	}
}
