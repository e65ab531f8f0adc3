package org.peerlearning.deidentification.dicom;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders the first frame of native (uncompressed) pixel data to an 8-bit image: grayscale through
 * the modality rescale and a window (the file's first window, or the frame's range), or RGB as
 * stored. Reads only up to the end of the first frame. Encapsulated data, palette colour and YBR
 * are not rendered.
 */
public final class FirstFrame {

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
		if (next == null || next.undefinedLength()) {
			return Optional.empty();
		}
		int rows = us(header, 0x00280010, opened.syntax().bigEndian());
		int columns = us(header, 0x00280011, opened.syntax().bigEndian());
		int samples = Math.max(1, us(header, 0x00280002, opened.syntax().bigEndian()));
		int bitsAllocated = us(header, 0x00280100, opened.syntax().bigEndian());
		boolean signed = us(header, 0x00280103, opened.syntax().bigEndian()) == 1;
		int planar = us(header, 0x00280006, opened.syntax().bigEndian());
		String photometric = string(header, 0x00280004, "MONOCHROME2");
		boolean mono = photometric.startsWith("MONOCHROME");
		if (rows <= 0 || columns <= 0 || !(mono && samples == 1 && (bitsAllocated == 8 || bitsAllocated == 16))
				&& !(photometric.equals("RGB") && samples == 3 && bitsAllocated == 8)) {
			return Optional.empty();
		}
		long frameBytes = (long) rows * columns * samples * (bitsAllocated / 8);
		if (frameBytes > next.length()) {
			return Optional.empty();
		}
		byte[] frame = reader.input().bytes(frameBytes, Tags.describe(Tags.PIXEL_DATA));
		if (!mono) {
			return Optional.of(rgb(frame, rows, columns, planar == 1));
		}
		double[] values = new double[rows * columns];
		boolean big = opened.syntax().bigEndian();
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
		return Optional.of(image);
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
