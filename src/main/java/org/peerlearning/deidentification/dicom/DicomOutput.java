package org.peerlearning.deidentification.dicom;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;

/** A buffered writer of DICOM primitives in one byte order. */
public final class DicomOutput {

	private static final int BUFFER = 64 * 1024;

	private final OutputStream out;
	private final byte[] buffer = new byte[BUFFER];
	private int count;
	private final boolean bigEndian;
	private final FileChannel channel;

	public DicomOutput(OutputStream out, boolean bigEndian) {
		this.out = out;
		this.bigEndian = bigEndian;
		this.channel = out instanceof FileOutputStream file ? file.getChannel() : null;
	}

	/** The file written to, when the output is a file: see {@link DicomInput#copyTo}. */
	FileChannel channel() {
		return channel;
	}

	public boolean bigEndian() {
		return bigEndian;
	}

	private void room(int n) throws IOException {
		if (count + n > buffer.length) {
			flushBuffer();
		}
	}

	private void flushBuffer() throws IOException {
		if (count > 0) {
			out.write(buffer, 0, count);
			count = 0;
		}
	}

	public void u16(int v) throws IOException {
		room(2);
		if (bigEndian) {
			buffer[count++] = (byte) (v >>> 8);
			buffer[count++] = (byte) v;
		}
		else {
			buffer[count++] = (byte) v;
			buffer[count++] = (byte) (v >>> 8);
		}
	}

	public void u32(long v) throws IOException {
		if (bigEndian) {
			u16((int) (v >>> 16));
			u16((int) v);
		}
		else {
			u16((int) v);
			u16((int) (v >>> 16));
		}
	}

	public void tag(int tag) throws IOException {
		u16(tag >>> 16);
		u16(tag & 0xFFFF);
	}

	public void vr(Vr vr) throws IOException {
		room(2);
		buffer[count++] = (byte) vr.name().charAt(0);
		buffer[count++] = (byte) vr.name().charAt(1);
	}

	public void write(byte[] bytes, int offset, int length) throws IOException {
		if (length >= BUFFER / 2) {
			flushBuffer();
			out.write(bytes, offset, length);
			return;
		}
		room(length);
		System.arraycopy(bytes, offset, buffer, count, length);
		count += length;
	}

	public void write(byte[] bytes) throws IOException {
		write(bytes, 0, bytes.length);
	}

	public void write(int b) throws IOException {
		room(1);
		buffer[count++] = (byte) b;
	}

	/** Pushes everything buffered to the underlying stream, without closing it. */
	public void flush() throws IOException {
		flushBuffer();
		out.flush();
	}
}
