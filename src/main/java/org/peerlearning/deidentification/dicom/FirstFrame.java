package org.peerlearning.deidentification.dicom;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders the first frame of pixel data to an 8-bit image: grayscale through the modality rescale
 * and a window (the file's first window, or the frame's range), or RGB as stored. Native data, RLE
 * Lossless and 8-bit JPEG (baseline and extended, decoded by the JDK) are rendered; other
 * compressions, palette colour and YBR native data are not. Reads only up to the end of the first
 * frame.
 */
public final class FirstFrame {

	static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";

	static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";

	static final String RLE = "1.2.840.10008.1.2.5";

	/** (FFFE,E000) and (FFFE,E0DD) read as little-endian ints: element in the high half. */
	private static final int ITEM = 0xE000FFFE;

	private static final int SEQUENCE_DELIMITER = 0xE0DDFFFE;

	private static final int MAX_FRAGMENTS = 4096;

	private static final long MAX_FRAGMENT_BYTES = 256L * 1024 * 1024;

	private FirstFrame() {
	}

	public static Optional<BufferedImage> render(InputStream stream) throws IOException {
		Part10Reader.Opened opened = Part10Reader.open(stream);
		DatasetReader reader = opened.reader();
		List<Element> header = new ArrayList<>();
		DatasetReader.Header next;
		while ((next = reader.next()) != null && next.tag() != Tags.PIXEL_DATA) {
			if (Tags.group(next.tag()) < 0x0028 || Tags.group(next.tag()) == 0x0028) {
				header.add(reader.body(next));
			}
			else {
				reader.skip(next);
			}
		}
		if (next == null) {
			return Optional.empty();
		}
		boolean big = opened.syntax().bigEndian();
		int rows = us(header, 0x00280010, big);
		int columns = us(header, 0x00280011, big);
		int samples = Math.max(1, us(header, 0x00280002, big));
		int bitsAllocated = us(header, 0x00280100, big);
		boolean signed = us(header, 0x00280103, big) == 1;
		int planar = us(header, 0x00280006, big);
		String photometric = string(header, 0x00280004, "MONOCHROME2");
		boolean mono = photometric.startsWith("MONOCHROME");
		if (rows <= 0 || columns <= 0) {
			return Optional.empty();
		}
		if (next.undefinedLength()) {
			String uid = opened.syntax().uid();
			if (JPEG_BASELINE.equals(uid) || JPEG_EXTENDED.equals(uid)) {
				return jpeg(reader.input());
			}
			if (!RLE.equals(uid) || !renderable(mono, samples, bitsAllocated, photometric)) {
				return Optional.empty();
			}
			byte[] frame = rle(reader.input(), rows, columns, samples, bitsAllocated);
			if (frame == null) {
				return Optional.empty();
			}
			// RLE segments come most significant byte first; the frame is rebuilt little endian, colour by plane
			return Optional.of(image(frame, rows, columns, bitsAllocated, signed, false, !mono, photometric, header));
		}
		if (!renderable(mono, samples, bitsAllocated, photometric)) {
			return Optional.empty();
		}
		long frameBytes = (long) rows * columns * samples * (bitsAllocated / 8);
		if (frameBytes > next.length()) {
			return Optional.empty();
		}
		byte[] frame = reader.input().bytes(frameBytes, Tags.describe(Tags.PIXEL_DATA));
		return Optional.of(image(frame, rows, columns, bitsAllocated, signed, big, planar == 1, photometric, header));
	}

	private static boolean renderable(boolean mono, int samples, int bitsAllocated, String photometric) {
		return mono && samples == 1 && (bitsAllocated == 8 || bitsAllocated == 16)
				|| photometric.equals("RGB") && samples == 3 && bitsAllocated == 8;
	}

	private static BufferedImage image(byte[] frame, int rows, int columns, int bitsAllocated, boolean signed, boolean big,
			boolean planar, String photometric, List<Element> header) {
		if (!photometric.startsWith("MONOCHROME")) {
			return rgb(frame, rows, columns, planar);
		}
		double[] values = new double[rows * columns];
		for (int i = 0; i < values.length; i++) {
			int raw;
			if (bitsAllocated == 8) {
				raw = signed ? frame[i] : frame[i] & 0xFF;
			}
			else {
				int lo = frame[2 * i + (big ? 1 : 0)] & 0xFF;
				int hi = frame[2 * i + (big ? 0 : 1)] & 0xFF;
				raw = (hi << 8) | lo;
				if (signed) {
					raw = (short) raw;
				}
			}
			values[i] = raw * number(header, 0x00281053, 1) + number(header, 0x00281052, 0);
		}
		double center = number(header, 0x00281050, Double.NaN);
		double width = number(header, 0x00281051, Double.NaN);
		if (Double.isNaN(center) || Double.isNaN(width) || width < 1) {
			double min = Double.MAX_VALUE;
			double max = -Double.MAX_VALUE;
			for (double v : values) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
			center = (min + max) / 2;
			width = Math.max(1, max - min);
		}
		BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_BYTE_GRAY);
		byte[] gray = new byte[values.length];
		boolean inverted = photometric.equals("MONOCHROME1");
		for (int i = 0; i < values.length; i++) {
			// PS3.3 C.11.2.1.2.1 linear window
			double scaled = ((values[i] - (center - 0.5)) / (width - 1) + 0.5) * 255;
			int level = (int) Math.round(Math.max(0, Math.min(255, scaled)));
			gray[i] = (byte) (inverted ? 255 - level : level);
		}
		image.getRaster().setDataElements(0, 0, columns, rows, gray);
		return image;
	}

	/**
	 * The first frame of JPEG baseline or extended (8-bit) pixel data, decoded by the JDK: the
	 * fragments after the offset table up to the end-of-image marker. 12-bit extended JPEG is not
	 * decoded by the JDK, and gives no preview.
	 */
	private static Optional<BufferedImage> jpeg(DicomInput input) throws IOException {
		java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
		byte[] fragment;
		int fragments = 0;
		skipOffsetTable(input);
		while ((fragment = fragment(input)) != null && fragments++ < MAX_FRAGMENTS) {
			stream.write(fragment);
			int n = fragment.length;
			// an odd-length image is padded to an even length after its end-of-image marker
			if (n >= 2 && (fragment[n - 2] & 0xFF) == 0xFF && (fragment[n - 1] & 0xFF) == 0xD9
					|| n >= 3 && (fragment[n - 3] & 0xFF) == 0xFF && (fragment[n - 2] & 0xFF) == 0xD9) {
				break;
			}
		}
		try {
			return Optional.ofNullable(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stream.toByteArray())));
		}
		catch (IOException | RuntimeException undecodable) {
			return Optional.empty();
		}
	}

	/**
	 * The first frame of RLE Lossless pixel data (PS3.5 Annex G): one fragment holding up to 15
	 * PackBits segments, one per byte of each sample, most significant first. Answers the frame as
	 * native little-endian bytes, colour planes one after the other; {@code null} when the
	 * fragment does not hold the segments this image needs.
	 */
	private static byte[] rle(DicomInput input, int rows, int columns, int samples, int bitsAllocated) throws IOException {
		skipOffsetTable(input);
		byte[] fragment = fragment(input);
		int bytesPerSample = bitsAllocated / 8;
		int segments = samples * bytesPerSample;
		if (fragment == null || fragment.length < 64 || littleInt(fragment, 0) != segments) {
			return null;
		}
		int pixels = rows * columns;
		byte[] frame = new byte[pixels * segments];
		for (int segment = 0; segment < segments; segment++) {
			int start = littleInt(fragment, 4 + 4 * segment);
			int end = segment + 1 < segments ? littleInt(fragment, 8 + 4 * segment) : fragment.length;
			if (start < 64 || end > fragment.length || start > end) {
				return null;
			}
			byte[] decoded = packBits(fragment, start, end, pixels);
			int sample = segment / bytesPerSample;
			// segment 0 of a 16-bit sample is its high byte; little endian puts it second
			int byteInSample = bytesPerSample - 1 - segment % bytesPerSample;
			for (int i = 0; i < pixels; i++) {
				frame[(sample * pixels + i) * bytesPerSample + byteInSample] = decoded[i];
			}
		}
		return frame;
	}

	private static byte[] packBits(byte[] data, int from, int to, int length) {
		byte[] out = new byte[length];
		int o = 0;
		int i = from;
		while (i < to && o < length) {
			int header = data[i++];
			if (header >= 0) {
				int count = Math.min(header + 1, Math.min(length - o, to - i));
				System.arraycopy(data, i, out, o, count);
				i += header + 1;
				o += count;
			}
			else if (header != -128 && i < to) {
				int count = Math.min(1 - header, length - o);
				java.util.Arrays.fill(out, o, o + count, data[i++]);
				o += count;
			}
		}
		return out;
	}

	private static void skipOffsetTable(DicomInput input) throws IOException {
		byte[] item = input.bytes(8, "Basic Offset Table");
		if (littleInt(item, 0) != ITEM) {
			throw new org.peerlearning.deidentification.InvalidDicomException("encapsulated pixel data without its offset table item", 0);
		}
		input.bytes(Integer.toUnsignedLong(littleInt(item, 4)), "Basic Offset Table");
	}

	/** The next fragment, or {@code null} at the sequence delimiter. */
	private static byte[] fragment(DicomInput input) throws IOException {
		byte[] item = input.bytes(8, "pixel data fragment");
		int tag = littleInt(item, 0);
		if (tag == SEQUENCE_DELIMITER) {
			return null;
		}
		if (tag != ITEM) {
			throw new org.peerlearning.deidentification.InvalidDicomException("encapsulated pixel data holds something other than items", 0);
		}
		long length = Integer.toUnsignedLong(littleInt(item, 4));
		if (length > MAX_FRAGMENT_BYTES) {
			return null;
		}
		return input.bytes(length, "pixel data fragment");
	}

	/** Item tags in encapsulated data are little endian: group FFFE first, then the element. */
	private static int littleInt(byte[] b, int at) {
		return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
	}

	private static BufferedImage rgb(byte[] frame, int rows, int columns, boolean planar) {
		BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
		int plane = rows * columns;
		for (int i = 0; i < plane; i++) {
			int r = frame[planar ? i : 3 * i] & 0xFF;
			int g = frame[planar ? plane + i : 3 * i + 1] & 0xFF;
			int b = frame[planar ? 2 * plane + i : 3 * i + 2] & 0xFF;
			image.setRGB(i % columns, i / columns, (r << 16) | (g << 8) | b);
		}
		return image;
	}

	private static int us(List<Element> header, int tag, boolean bigEndian) {
		for (Element element : header) {
			if (element.tag == tag && element.value != null && element.value.length >= 2) {
				byte[] v = element.value;
				return bigEndian ? ((v[0] & 0xFF) << 8) | (v[1] & 0xFF) : (v[0] & 0xFF) | ((v[1] & 0xFF) << 8);
			}
		}
		return 0;
	}

	private static String string(List<Element> header, int tag, String fallback) {
		String value = Element.string(header, tag);
		return value == null || value.isEmpty() ? fallback : value;
	}

	/** The first value of a DS attribute. */
	private static double number(List<Element> header, int tag, double fallback) {
		String value = Element.string(header, tag);
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		try {
			return Double.parseDouble(value.split("\\\\")[0].trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}
}
