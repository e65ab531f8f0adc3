package org.peerlearning.deidentification.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PS3.6 data dictionary (tag, VR, keyword), needed to know the VR of implicit-VR elements and to
 * name elements in error messages. Loaded once from {@code deidentification/dicom-dictionary.tsv}.
 */
public final class DicomDictionary {

	private record Entry(Vr vr, String keyword) {
	}

	/** Repeating-group entries such as 60xx3000: mask of fixed bits, value of fixed bits. */
	private record Repeater(int mask, int value, Entry entry) {
	}

	private static final Map<Integer, Entry> EXACT = new HashMap<>();
	private static final List<Repeater> REPEATERS = new ArrayList<>();

	static {
		try (InputStream in = DicomDictionary.class.getResourceAsStream("/deidentification/dicom-dictionary.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				Entry entry = new Entry(Vr.valueOf(cells[1]), cells[2]);
				if (cells[0].indexOf('x') < 0) {
					EXACT.put(Integer.parseUnsignedInt(cells[0], 16), entry);
				}
				else {
					int mask = 0;
					int value = 0;
					for (char c : cells[0].toCharArray()) {
						mask = (mask << 4) | (c == 'x' ? 0 : 0xF);
						value = (value << 4) | (c == 'x' ? 0 : Character.digit(c, 16));
					}
					REPEATERS.add(new Repeater(mask, value, entry));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DicomDictionary() {
	}

	private static Entry find(int tag) {
		Entry entry = EXACT.get(tag);
		if (entry == null && !Tags.isPrivate(tag)) {
			for (Repeater repeater : REPEATERS) {
				if ((tag & repeater.mask()) == repeater.value()) {
					return repeater.entry();
				}
			}
		}
		return entry;
	}

	/** @return the VR of a standard element, UN for private and unknown ones. */
	public static Vr vr(int tag) {
		if (Tags.isGroupLength(tag)) {
			return Vr.UL;
		}
		Entry entry = find(tag);
		return entry == null ? Vr.UN : entry.vr();
	}

	public static String keyword(int tag) {
		Entry entry = find(tag);
		return entry == null ? null : entry.keyword();
	}
}
