package org.peerlearning.deidentification.dicom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.peerlearning.deidentification.InvalidDicomException;

/**
 * Reads data elements in one transfer syntax: headers one at a time (so the caller can stream
 * large values), or whole elements with nested sequences into memory.
 */
public final class DatasetReader {

	public static final long UNDEFINED = 0xFFFFFFFFL;

	/** A data element header: where it starts, its tag, VR and value length. */
	public record Header(int tag, Vr vr, long length, long offset) {

		public boolean undefinedLength() {
			return length == UNDEFINED;
		}

		String describe() {
			return Tags.describe(tag);
		}
	}

	/** Deeper nesting than this is no real object but an attack on the stack. */
	static final int MAX_DEPTH = 64;

	private final DicomInput in;
	private boolean explicitVr;
	private int depth;

	public DatasetReader(DicomInput in, boolean explicitVr) {
		this.in = in;
		this.explicitVr = explicitVr;
	}

	public DicomInput input() {
		return in;
	}

	/** @return the next header, or null when the stream ends cleanly between elements. */
	public Header next() throws IOException {
		long offset = in.position();
		int available = in.request(8);
		if (available == 0) {
			return null;
		}
		if (available < 8) {
			throw new InvalidDicomException("The file ends inside a data element header", offset);
		}
		int tag = in.tag("a data element tag");
		if (Tags.group(tag) == 0xFFFE) {
			return new Header(tag, null, in.u32("an item length"), offset);
		}
		if (!explicitVr) {
			return new Header(tag, DicomDictionary.vr(tag), in.u32("a value length"), offset);
		}
		int b0 = in.peek(0);
		int b1 = in.peek(1);
		int code = in.vrCode("a VR");
		Vr vr = Vr.of(code);
		if (vr == null) {
			if (!Vr.looksLikeVr(b0, b1)) {
				throw new InvalidDicomException(String.format(
						"Element %s has no valid VR (bytes %02X %02X): the data set is not explicit VR as declared, or it is corrupt",
						Tags.describe(tag), b0, b1), offset);
			}
			// An unknown but well-formed VR: read it like the short-length VRs and keep it as UN.
			return new Header(tag, Vr.UN, in.u16("a value length"), offset);
		}
		if (vr.hasLongLength()) {
			in.u16("reserved bytes");
			return new Header(tag, vr, in.u32("a value length"), offset);
		}
		return new Header(tag, vr, in.u16("a value length"), offset);
	}

	/** Reads the value of an element whose header was just read, sequences and fragments included. */
	public Element body(Header header) throws IOException {
		if (header.undefinedLength()) {
			if (header.tag() == Tags.PIXEL_DATA) {
				Element element = new Element(header.tag(), Vr.OB, null);
				element.fragments = fragments(header);
				return element;
			}
			if (header.vr() == Vr.SQ || header.vr() == Vr.UN || !explicitVr) {
				return Element.sequence(header.tag(), undefinedLengthSequence(header));
			}
			throw new InvalidDicomException("Element " + header.describe() + " with VR " + header.vr()
					+ " has an undefined length, which only sequences and encapsulated pixel data may have",
					header.offset());
		}
		if (header.vr() == Vr.SQ) {
			return Element.sequence(header.tag(), definedLengthSequence(header));
		}
		return new Element(header.tag(), header.vr(), in.bytes(header.length(), header.describe()));
	}

	private List<List<Element>> undefinedLengthSequence(Header header) throws IOException {
		// CP-246: a UN sequence of undefined length is encoded implicit VR little endian inside.
		boolean unknown = header.vr() == Vr.UN && explicitVr;
		boolean savedExplicit = explicitVr;
		boolean savedBigEndian = in.bigEndian();
		if (unknown) {
			explicitVr = false;
			in.bigEndian(false);
		}
		try {
			List<List<Element>> items = new ArrayList<>();
			while (true) {
				Header item = next();
				if (item == null) {
					throw new InvalidDicomException("The file ends inside sequence " + header.describe(),
							in.position());
				}
				if (item.tag() == Tags.SEQUENCE_DELIMITATION) {
					return items;
				}
				items.add(item(item, header));
			}
		}
		finally {
			explicitVr = savedExplicit;
			in.bigEndian(savedBigEndian);
		}
	}

	private List<List<Element>> definedLengthSequence(Header header) throws IOException {
		long end = in.position() + header.length();
		List<List<Element>> items = new ArrayList<>();
		while (in.position() < end) {
			Header item = next();
			if (item == null) {
				throw new InvalidDicomException("The file ends inside sequence " + header.describe(), in.position());
			}
			if (item.tag() == Tags.SEQUENCE_DELIMITATION) {
				continue;
			}
			items.add(item(item, header));
		}
		if (in.position() != end) {
			throw new InvalidDicomException("The items of sequence " + header.describe()
					+ " run past the sequence's declared length of " + header.length(), header.offset());
		}
		return items;
	}

	private List<Element> item(Header item, Header sequence) throws IOException {
		if (item.tag() != Tags.ITEM) {
			throw new InvalidDicomException("Sequence " + sequence.describe() + " holds " + Tags.describe(item.tag())
					+ " where an item was expected", item.offset());
		}
		if (++depth > MAX_DEPTH) {
			throw new InvalidDicomException("Sequences are nested more than " + MAX_DEPTH + " deep", item.offset());
		}
		try {
			return itemElements(item, sequence);
		}
		finally {
			depth--;
		}
	}

	private List<Element> itemElements(Header item, Header sequence) throws IOException {
		List<Element> elements = new ArrayList<>();
		if (item.undefinedLength()) {
			while (true) {
				Header header = next();
				if (header == null) {
					throw new InvalidDicomException("The file ends inside an item of " + sequence.describe(),
							in.position());
				}
				if (header.tag() == Tags.ITEM_DELIMITATION) {
					return elements;
				}
				elements.add(body(header));
			}
		}
		long end = in.position() + item.length();
		while (in.position() < end) {
			Header header = next();
			if (header == null) {
				throw new InvalidDicomException("The file ends inside an item of " + sequence.describe(), in.position());
			}
			if (header.tag() == Tags.ITEM_DELIMITATION) {
				continue;
			}
			elements.add(body(header));
		}
		if (in.position() != end) {
			throw new InvalidDicomException("An item of " + sequence.describe()
					+ " holds elements past its declared length of " + item.length(), item.offset());
		}
		return elements;
	}

	private List<byte[]> fragments(Header header) throws IOException {
		List<byte[]> fragments = new ArrayList<>();
		while (true) {
			Header item = nextFragment(header);
			if (item == null) {
				return fragments;
			}
			fragments.add(in.bytes(item.length(), "a fragment of " + header.describe()));
		}
	}

	/** The header of the next fragment of encapsulated pixel data, or null after the delimiter. */
	public Header nextFragment(Header pixelData) throws IOException {
		long offset = in.position();
		if (in.request(8) < 8) {
			throw new InvalidDicomException("The file ends inside the fragments of " + pixelData.describe(), offset);
		}
		int tag = in.tag("a fragment tag");
		long length = in.u32("a fragment length");
		if (tag == Tags.SEQUENCE_DELIMITATION) {
			return null;
		}
		if (tag != Tags.ITEM || length == UNDEFINED) {
			throw new InvalidDicomException(
					"Encapsulated " + pixelData.describe() + " holds " + Tags.describe(tag) + " where a fragment was expected",
					offset);
		}
		return new Header(tag, Vr.OB, length, offset);
	}

	/** Drops the value of a header just read, streaming through undefined-length content. */
	public void skip(Header header) throws IOException {
		if (header.undefinedLength()) {
			body(header);
		}
		else {
			in.copyTo(null, header.length(), header.describe());
		}
	}
}
