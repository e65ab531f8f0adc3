package org.peerlearning.deidentification.dicom;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One data element held in memory: a value, the items of a sequence, or the fragments of
 * encapsulated pixel data nested inside a sequence (icons). Bulk values of the top-level data set
 * never become an Element: they are streamed.
 */
public final class Element {

	final int tag;
	Vr vr;
	byte[] value;
	List<List<Element>> items;
	List<byte[]> fragments;

	Element(int tag, Vr vr, byte[] value) {
		this.tag = tag;
		this.vr = vr;
		this.value = value;
	}

	static Element sequence(int tag, List<List<Element>> items) {
		Element element = new Element(tag, Vr.SQ, null);
		element.items = items;
		return element;
	}

	static Element text(int tag, Vr vr, String text) {
		return new Element(tag, vr, text.getBytes(StandardCharsets.ISO_8859_1));
	}

	public int tag() {
		return tag;
	}

	public Vr vr() {
		return vr;
	}

	public boolean isSequence() {
		return items != null;
	}

	public List<List<Element>> items() {
		return items;
	}

	public byte[] value() {
		return value;
	}

	public List<byte[]> fragments() {
		return fragments;
	}

	/** The value as text without its padding; the bytes are taken as ISO 8859-1, one char per byte. */
	public String string() {
		if (value == null) {
			return "";
		}
		int end = value.length;
		while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == 0)) {
			end--;
		}
		int start = 0;
		while (start < end && value[start] == ' ') {
			start++;
		}
		return new String(value, start, end - start, StandardCharsets.ISO_8859_1);
	}

	static String string(List<Element> dataset, int tag) {
		for (Element element : dataset) {
			if (element.tag == tag && element.value != null) {
				return element.string();
			}
		}
		return null;
	}
}
