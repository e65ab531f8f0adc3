package org.peerlearning.deidentification.dicom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.peerlearning.deidentification.InvalidDicomException;

/**
 * Opens a DICOM stream: a Part 10 file (128-byte preamble, "DICM", file meta information), a file
 * meta group without preamble, or a bare data set ("no meta" files), whose encoding is then guessed
 * from its first element. Leaves a {@link DatasetReader} positioned on the first data set element.
 */
public final class Part10Reader {

	/** What the file meta information said, with the encoding actually found. */
	public record Opened(DatasetReader reader, TransferSyntax syntax, String sopClassUid, String sopInstanceUid,
			boolean hadMeta) {
	}

	private Part10Reader() {
	}

	public static Opened open(InputStream stream) throws IOException {
		DicomInput in = new DicomInput(stream, 0);
		int available = in.request(132);
		if (available == 0) {
			throw new InvalidDicomException("The file is empty", 0);
		}
		boolean preamble = available >= 132 && in.peek(128) == 'D' && in.peek(129) == 'I' && in.peek(130) == 'C'
				&& in.peek(131) == 'M';
		boolean bareMeta = !preamble && available >= 6 && in.peek(0) == 0x02 && in.peek(1) == 0
				&& Vr.of((in.peek(4) << 8) | in.peek(5)) != null;
		String syntaxUid = null;
		String sopClass = null;
		String sopInstance = null;
		if (preamble || bareMeta) {
			if (preamble) {
				in.copyTo(null, 132, "the preamble");
			}
			DatasetReader meta = new DatasetReader(in, true);
			while (in.request(2) >= 2 && in.peek(0) == 0x02 && in.peek(1) == 0) {
				DatasetReader.Header header = meta.next();
				if (header.undefinedLength() || header.vr() == Vr.SQ) {
					throw new InvalidDicomException("File meta element " + header.describe() + " is malformed",
							header.offset());
				}
				Element element = meta.body(header);
				switch (header.tag()) {
					case Tags.TRANSFER_SYNTAX_UID -> syntaxUid = element.string();
					case Tags.MEDIA_STORAGE_SOP_CLASS_UID -> sopClass = element.string();
					case Tags.MEDIA_STORAGE_SOP_INSTANCE_UID -> sopInstance = element.string();
					default -> {
						// Other meta elements (version, implementation, source AE) are not carried over.
					}
				}
			}
		}
		TransferSyntax syntax;
		if (syntaxUid == null || syntaxUid.isEmpty()) {
			syntax = guess(in);
		}
		else {
			syntax = TransferSyntax.of(syntaxUid);
			if (syntax.deflated()) {
				InputStream rest = new SequenceInputStream(new ByteArrayInputStream(in.drainBuffer()), in.rawStream());
				in = new DicomInput(new InflaterInputStream(rest, new Inflater(true), 64 * 1024), 0);
			}
			in.bigEndian(syntax.bigEndian());
			if (in.request(6) >= 6) {
				boolean looksExplicit = Vr.of((in.peek(4) << 8) | in.peek(5)) != null;
				if (looksExplicit != syntax.explicitVr()) {
					// Some writers declare one VR encoding and use the other; follow the bytes.
					syntax = syntax.withExplicitVr(looksExplicit);
				}
			}
		}
		in.bigEndian(syntax.bigEndian());
		return new Opened(new DatasetReader(in, syntax.explicitVr()), syntax, sopClass, sopInstance,
				preamble || bareMeta);
	}

	/**
	 * A data set without meta information starts with a low group number (0008 mostly): its byte
	 * order shows which of the two group bytes is zero, and two capital letters after the tag mean
	 * explicit VR (an implicit length whose low bytes are letters would be over 16 kB for a first
	 * element, which does not happen).
	 */
	private static TransferSyntax guess(DicomInput in) throws IOException {
		if (in.request(8) < 8) {
			throw new InvalidDicomException("Not a DICOM file: too short to hold a data element", 0);
		}
		int b0 = in.peek(0);
		int b1 = in.peek(1);
		boolean explicit = Vr.of((in.peek(4) << 8) | in.peek(5)) != null;
		boolean littleEndian = b1 == 0 && b0 != 0;
		boolean bigEndian = b0 == 0 && b1 != 0;
		if (littleEndian) {
			return explicit ? TransferSyntax.EXPLICIT_LITTLE : TransferSyntax.IMPLICIT_LITTLE;
		}
		if (bigEndian && explicit) {
			return TransferSyntax.EXPLICIT_BIG;
		}
		throw new InvalidDicomException(
				"Not a DICOM file: no 'DICM' marker at byte 128 and the content does not start with a data element",
				in.position());
	}
}
