package org.peerlearning.deidentification.dicom;

import java.io.IOException;
import java.util.List;

/**
 * Writes data elements in one transfer syntax. Sequences and items are always written with
 * undefined length, so values may change size without recomputing any enclosing length; values
 * are padded to even length with the VR's padding byte.
 */
public final class DatasetWriter {

	private final DicomOutput out;
	private final boolean explicitVr;

	public DatasetWriter(DicomOutput out, boolean explicitVr) {
		this.out = out;
		this.explicitVr = explicitVr;
	}

	public DicomOutput output() {
		return out;
	}

	/** A header for a value of the given length (UNDEFINED for sequences and encapsulated data). */
	public void header(int tag, Vr vr, long length) throws IOException {
		out.tag(tag);
		if (!explicitVr) {
			out.u32(length);
			return;
		}
		Vr written = vr;
		if (!vr.hasLongLength() && length > 0xFFFF) {
			// Only possible for values read as implicit VR: UN is the one VR whose length can hold them.
			written = Vr.UN;
		}
		out.vr(written);
		if (written.hasLongLength()) {
			out.u16(0);
			out.u32(length);
		}
		else {
			out.u16((int) length);
		}
	}

	public void write(Element element) throws IOException {
		if (element.items != null) {
			header(element.tag, Vr.SQ, DatasetReader.UNDEFINED);
			for (List<Element> item : element.items) {
				out.tag(Tags.ITEM);
				out.u32(DatasetReader.UNDEFINED);
				for (Element child : item) {
					write(child);
				}
				out.tag(Tags.ITEM_DELIMITATION);
				out.u32(0);
			}
			out.tag(Tags.SEQUENCE_DELIMITATION);
			out.u32(0);
			return;
		}
		if (element.fragments != null) {
			header(element.tag, Vr.OB, DatasetReader.UNDEFINED);
			for (byte[] fragment : element.fragments) {
				fragmentHeader(fragment.length);
				out.write(fragment);
				if ((fragment.length & 1) == 1) {
					out.write(0);
				}
			}
			sequenceDelimiter();
			return;
		}
		byte[] value = element.value == null ? new byte[0] : element.value;
		int padded = value.length + (value.length & 1);
		header(element.tag, element.vr, padded);
		out.write(value);
		if (padded != value.length) {
			out.write(element.vr.padding());
		}
	}

	/** Fragment items carry even lengths: an odd fragment is padded with one NUL. */
	public void fragmentHeader(long length) throws IOException {
		out.tag(Tags.ITEM);
		out.u32(length + (length & 1));
	}

	public void sequenceDelimiter() throws IOException {
		out.tag(Tags.SEQUENCE_DELIMITATION);
		out.u32(0);
	}
}
