package org.peerlearning.deidentification.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.peerlearning.deidentification.DicomDeidentificationReport;
import org.peerlearning.deidentification.DicomDeidentificationReport.BurnedInAnnotation;
import org.peerlearning.deidentification.DicomProfileOptions;
import org.peerlearning.deidentification.InvalidDicomException;

/**
 * De-identifies one file from input to output in a single pass. Top-level elements are gathered in
 * memory until a bulk value (pixel data, or any value over {@link #BULK_BYTES}) comes; then the
 * gathered ones are de-identified and written, and the bulk value is copied through a bounded
 * buffer. Memory use therefore does not grow with the number or size of frames.
 */
public final class Deidentification {

	/** Top-level values above this size are streamed rather than held. */
	static final long BULK_BYTES = 256 * 1024;
	/** Held top-level values are written out once they pass this size, whatever follows. */
	static final long PENDING_BYTES = 8 * 1024 * 1024;

	private final ProfileTable table;
	private final DicomProfileOptions options;
	private final CaseKeys keys;
	private final ValueRewriter rewriter;
	private final Insertions insertions;

	private DatasetWriter writer;
	private OutputStream rawOut;
	private DeflaterOutputStream deflater;
	private String sopClass;
	private String sopInstance;
	private String modality = "";
	private String burnedIn;
	private int removed;
	private int replaced;
	private long pixelBytes;

	public Deidentification(ProfileTable table, DicomProfileOptions options, CaseKeys keys) {
		this.table = table;
		this.options = options;
		this.keys = keys;
		this.rewriter = new ValueRewriter(keys);
		this.insertions = new Insertions(options);
	}

	public DicomDeidentificationReport run(InputStream in, OutputStream out) throws IOException {
		Part10Reader.Opened opened = Part10Reader.open(in);
		DatasetReader reader = opened.reader();
		TransferSyntax outSyntax = outputSyntax(opened.syntax());
		sopClass = opened.sopClassUid();
		sopInstance = opened.sopInstanceUid();
		rawOut = out;
		List<Element> pending = new ArrayList<>();
		long pendingBytes = 0;
		DatasetReader.Header header;
		while ((header = reader.next()) != null) {
			if (Tags.group(header.tag()) == 0xFFFE) {
				throw new InvalidDicomException(
						"Found " + Tags.describe(header.tag()) + " outside any sequence", header.offset());
			}
			if (isBulk(header)) {
				flush(pending, outSyntax);
				pendingBytes = 0;
				bulk(header, reader);
			}
			else {
				long before = reader.input().position();
				pending.add(reader.body(header));
				pendingBytes += reader.input().position() - before;
				if (pendingBytes > PENDING_BYTES) {
					flush(pending, outSyntax);
					pendingBytes = 0;
				}
			}
		}
		flush(pending, outSyntax);
		for (Element element : insertions.remainingBefore(Integer.MAX_VALUE)) {
			writer.write(element);
		}
		writer.output().flush();
		if (deflater != null) {
			deflater.finish();
			deflater.flush();
		}
		out.flush();
		return new DicomDeidentificationReport(outSyntax.uid(), sopClass == null ? "" : sopClass, modality,
				burnedInAnnotation(), removed, replaced, keys.uidsRemapped(), pixelBytes);
	}

	/**
	 * The output keeps the declared transfer syntax; a data set that contradicted it (implicit VR
	 * under an explicit UID) is rewritten in the declared encoding, with VRs from the dictionary.
	 */
	private static TransferSyntax outputSyntax(TransferSyntax found) {
		TransferSyntax declared = TransferSyntax.of(found.uid());
		if (declared.explicitVr() || !found.explicitVr()) {
			return declared;
		}
		return found.bigEndian() ? TransferSyntax.EXPLICIT_BIG : TransferSyntax.EXPLICIT_LITTLE;
	}

	private static boolean isBulk(DatasetReader.Header header) {
		if (header.undefinedLength()) {
			return header.tag() == Tags.PIXEL_DATA;
		}
		return header.length() > BULK_BYTES && header.vr() != Vr.SQ;
	}

	private void flush(List<Element> pending, TransferSyntax outSyntax) throws IOException {
		learn(pending);
		if (writer == null) {
			start(outSyntax);
		}
		for (Element element : apply(pending, true)) {
			if (element.tag == Tags.PIXEL_DATA) {
				pixelBytes += element.value != null ? element.value.length
						: element.fragments.stream().mapToLong(fragment -> fragment.length).sum();
			}
			writeTopLevel(element.tag, element);
		}
		pending.clear();
	}

	private void learn(List<Element> elements) {
		for (Element element : elements) {
			switch (element.tag) {
				case Tags.PATIENT_NAME, Tags.PATIENT_ID, Tags.OTHER_PATIENT_IDS, Tags.OTHER_PATIENT_NAMES ->
					rewriter.learnIdentifiers(element.string());
				case Tags.MODALITY -> modality = element.string();
				case Tags.SOP_CLASS_UID -> sopClass = element.string();
				case Tags.SOP_INSTANCE_UID -> sopInstance = element.string();
				case Tags.BURNED_IN_ANNOTATION -> burnedIn = element.string();
				default -> {
				}
			}
		}
	}

	private void start(TransferSyntax outSyntax) throws IOException {
		String instance = sopInstance == null || sopInstance.isEmpty() ? UUID.randomUUID().toString()
				: sopInstance;
		FileMetaWriter.write(rawOut, sopClass, keys.uid(instance), outSyntax.uid());
		OutputStream dataset = rawOut;
		if (outSyntax.deflated()) {
			deflater = new DeflaterOutputStream(dataset, new Deflater(Deflater.BEST_SPEED, true), 64 * 1024, true);
			dataset = deflater;
		}
		writer = new DatasetWriter(new DicomOutput(dataset, outSyntax.bigEndian()), outSyntax.explicitVr());
	}

	private void writeTopLevel(int tag, Element element) throws IOException {
		for (Element inserted : insertions.remainingBefore(tag)) {
			writer.write(inserted);
		}
		if (element != null) {
			writer.write(element);
		}
	}

	private void bulk(DatasetReader.Header header, DatasetReader reader) throws IOException {
		ProfileAction action = Tags.isPrivate(header.tag()) || Tags.isGroupLength(header.tag())
				|| Tags.group(header.tag()) == 2 || header.tag() == Tags.TRAILING_PADDING ? ProfileAction.REMOVE
						: table.action(header.tag(), options);
		DicomInput in = reader.input();
		DicomOutput out = writer.output();
		if (header.undefinedLength()) {
			writeTopLevel(header.tag(), null);
			writer.header(header.tag(), Vr.OB, DatasetReader.UNDEFINED);
			DatasetReader.Header fragment;
			while ((fragment = reader.nextFragment(header)) != null) {
				writer.fragmentHeader(fragment.length());
				in.copyTo(out, fragment.length(), "a fragment of " + header.describe());
				if ((fragment.length() & 1) == 1) {
					out.write(0);
				}
				pixelBytes += fragment.length();
			}
			writer.sequenceDelimiter();
			return;
		}
		if (action == ProfileAction.KEEP) {
			writeTopLevel(header.tag(), null);
			long padded = header.length() + (header.length() & 1);
			writer.header(header.tag(), header.vr(), padded);
			in.copyTo(out, header.length(), header.describe());
			if (padded != header.length()) {
				out.write(header.vr().padding());
			}
			if (header.tag() == Tags.PIXEL_DATA) {
				pixelBytes += header.length();
			}
			return;
		}
		reader.skip(header);
		if (action == ProfileAction.REMOVE) {
			removed++;
			return;
		}
		// A huge value to be emptied, replaced or cleaned: it is replaced by an empty or dummy value.
		replaced++;
		Element replacement = new Element(header.tag(), header.vr(), new byte[0]);
		if (action == ProfileAction.DUMMY) {
			replacement.value = rewriter.dummy(replacement);
		}
		writeTopLevel(header.tag(), replacement);
	}

	/** Applies the profile to a list of elements, recursing into sequence items. */
	private List<Element> apply(List<Element> elements, boolean topLevel) {
		List<Element> kept = new ArrayList<>(elements.size());
		for (Element element : elements) {
			int tag = element.tag;
			if (topLevel && insertions.replaces(tag)) {
				continue;
			}
			if (Tags.isGroupLength(tag) || Tags.group(tag) == 2 || tag == Tags.TRAILING_PADDING) {
				removed++;
				continue;
			}
			ProfileAction action = table.action(tag, options);
			if (action == ProfileAction.REMOVE) {
				removed++;
				continue;
			}
			if (element.items != null) {
				if (action == ProfileAction.ZERO) {
					element.items = List.of();
					replaced++;
				}
				else {
					List<List<Element>> items = new ArrayList<>(element.items.size());
					for (List<Element> item : element.items) {
						items.add(apply(item, false));
					}
					element.items = items;
				}
				kept.add(element);
				continue;
			}
			switch (action) {
				case ZERO -> element.value = new byte[0];
				case DUMMY -> element.value = rewriter.dummy(element);
				case UID -> element.value = ValueRewriter.ascii(rewriter.uids(element));
				case CLEAN -> element.value = rewriter.clean(element);
				default -> {
				}
			}
			if (action != ProfileAction.KEEP) {
				element.fragments = null;
				replaced++;
			}
			kept.add(element);
		}
		return kept;
	}

	private BurnedInAnnotation burnedInAnnotation() {
		if (burnedIn != null && !burnedIn.isEmpty()) {
			return "YES".equalsIgnoreCase(burnedIn) ? BurnedInAnnotation.PRESENT : BurnedInAnnotation.NOT_EXPECTED;
		}
		boolean secondaryCapture = sopClass != null && sopClass.startsWith("1.2.840.10008.5.1.4.1.1.7");
		boolean proneModality = modality.equals("US") || modality.equals("SC") || modality.equals("OT");
		return secondaryCapture || proneModality ? BurnedInAnnotation.POSSIBLE : BurnedInAnnotation.NOT_EXPECTED;
	}
}
