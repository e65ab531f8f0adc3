package org.peerlearning.deidentification.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes synthetic DICOM files with the production writer: a small identifying header, then native
 * or encapsulated multi-frame pixel data generated on the fly. Used by tests and the benchmark.
 */
public final class SyntheticDicom {

	private SyntheticDicom() {
	}

	/** Attributes of a fictitious patient; extra ones (in tag order) can be added by tests. */
	public static List<Element> header(int frames, int rows, int columns, String modality) {
		List<Element> elements = new ArrayList<>();
		elements.add(Element.text(Tags.SPECIFIC_CHARACTER_SET, Vr.CS, "ISO_IR 100"));
		elements.add(Element.text(Tags.SOP_CLASS_UID, Vr.UI, "1.2.840.10008.5.1.4.1.1.2"));
		elements.add(Element.text(Tags.SOP_INSTANCE_UID, Vr.UI, "1.2.3.4.5.6.7.8.9"));
		elements.add(Element.text(0x00080020, Vr.DA, "20240315"));
		elements.add(Element.text(0x00080021, Vr.DA, "20240316"));
		elements.add(Element.text(0x00080030, Vr.TM, "101500"));
		elements.add(Element.text(0x00080050, Vr.SH, "ACC123456"));
		elements.add(Element.text(Tags.MODALITY, Vr.CS, modality));
		elements.add(Element.text(0x00080080, Vr.LO, "Lakeshore General"));
		elements.add(Element.text(0x00081010, Vr.SH, "CTSTATION7"));
		elements.add(Element.text(0x00081030, Vr.LO, "CT chest for John Doe follow-up"));
		elements.add(Element.text(Tags.PATIENT_NAME, Vr.PN, "DOE^JOHN"));
		elements.add(Element.text(Tags.PATIENT_ID, Vr.LO, "MRN998877"));
		elements.add(Element.text(0x00100030, Vr.DA, "19600101"));
		elements.add(Element.text(0x00100040, Vr.CS, "M"));
		elements.add(Element.text(0x00101010, Vr.AS, "064Y"));
		elements.add(new Element(0x00091010, Vr.LO, "PRIVATE NOTE".getBytes()));
		elements.add(Element.text(0x0020000D, Vr.UI, "1.2.3.4.5.6.7.1"));
		elements.add(Element.text(0x0020000E, Vr.UI, "1.2.3.4.5.6.7.2"));
		elements.add(Element.text(0x00280008, Vr.IS, Integer.toString(frames)));
		elements.add(us(0x00280010, rows));
		elements.add(us(0x00280011, columns));
		elements.add(us(0x00280100, 16));
		elements.add(us(0x00280101, 12));
		elements.add(us(0x00280102, 11));
		elements.add(us(0x00280103, 0));
		return elements;
	}

	static Element us(int tag, int value) {
		return new Element(tag, Vr.US, new byte[] { (byte) value, (byte) (value >>> 8) });
	}

	/** Meta header, the given elements and the header of native pixel data of the given length. */
	public static byte[] nativeHead(List<Element> elements, long pixelLength) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		FileMetaWriter.write(bytes, "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4.5.6.7.8.9", TransferSyntax.EXPLICIT_LITTLE_UID);
		DatasetWriter writer = new DatasetWriter(new DicomOutput(bytes, false), true);
		for (Element element : elements) {
			writer.write(element);
		}
		writer.header(Tags.PIXEL_DATA, Vr.OW, pixelLength);
		writer.output().flush();
		return bytes.toByteArray();
	}

	/** A native multi-frame file of frames x rows x columns 16-bit pixels. */
	public static void writeNative(OutputStream out, int frames, int rows, int columns) throws IOException {
		long length = (long) frames * rows * columns * 2;
		out.write(nativeHead(header(frames, rows, columns, "CT"), length));
		byte[] frame = pattern(rows * columns * 2);
		for (int i = 0; i < frames; i++) {
			out.write(frame);
		}
		out.flush();
	}

	/** A JPEG 2000 file whose frames are fragments of the given size (content is not a real codestream). */
	public static void writeEncapsulated(OutputStream out, int frames, int fragmentBytes) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		FileMetaWriter.write(head, "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4.5.6.7.8.9", "1.2.840.10008.1.2.4.90");
		DatasetWriter writer = new DatasetWriter(new DicomOutput(head, false), true);
		for (Element element : header(frames, 512, 512, "CT")) {
			writer.write(element);
		}
		writer.header(Tags.PIXEL_DATA, Vr.OB, DatasetReader.UNDEFINED);
		writer.fragmentHeader(0);
		writer.output().flush();
		out.write(head.toByteArray());
		byte[] fragment = pattern(fragmentBytes);
		DatasetWriter items = new DatasetWriter(new DicomOutput(out, false), true);
		for (int i = 0; i < frames; i++) {
			items.fragmentHeader(fragment.length);
			items.output().write(fragment);
			if ((fragment.length & 1) == 1) {
				items.output().write(0);
			}
		}
		items.sequenceDelimiter();
		items.output().flush();
	}

	private static byte[] pattern(int length) {
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) (i * 31 + (i >>> 9));
		}
		return bytes;
	}

	/** length bytes that cost nothing to produce: the reader's buffer is left as it is. */
	public static InputStream virtualBytes(long length) {
		return new InputStream() {
			private long left = length;

			@Override
			public int read() {
				if (left == 0) {
					return -1;
				}
				left--;
				return 0;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (left == 0) {
					return -1;
				}
				int n = (int) Math.min(len, left);
				left -= n;
				return n;
			}
		};
	}
}
