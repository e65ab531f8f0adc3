package org.peerlearning.deidentification.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the 128-byte preamble, "DICM" and a fresh file meta information group (always explicit VR
 * little endian). Nothing of the source meta header is carried over but the SOP class, the
 * (remapped) SOP instance and the transfer syntax: source AE titles and implementation names could
 * point to a site.
 */
public final class FileMetaWriter {

	/** Our implementation class UID: a 2.25 UID derived once from a random UUID. */
	static final String IMPLEMENTATION_CLASS_UID = "2.25.248936690536284460616362927529957664683";
	static final String IMPLEMENTATION_VERSION = "PEERLEARNING_1";
	/** Used when neither the meta header nor the data set names a SOP class. */
	static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

	private FileMetaWriter() {
	}

	public static void write(OutputStream out, String sopClass, String sopInstance, String transferSyntax)
			throws IOException {
		ByteArrayOutputStream group = new ByteArrayOutputStream(256);
		DatasetWriter meta = new DatasetWriter(new DicomOutput(group, false), true);
		meta.write(new Element(Tags.FILE_META_VERSION, Vr.OB, new byte[] { 0, 1 }));
		meta.write(Element.text(Tags.MEDIA_STORAGE_SOP_CLASS_UID, Vr.UI,
				sopClass == null || sopClass.isEmpty() ? SECONDARY_CAPTURE : sopClass));
		meta.write(Element.text(Tags.MEDIA_STORAGE_SOP_INSTANCE_UID, Vr.UI, sopInstance));
		meta.write(Element.text(Tags.TRANSFER_SYNTAX_UID, Vr.UI, transferSyntax));
		meta.write(Element.text(Tags.IMPLEMENTATION_CLASS_UID, Vr.UI, IMPLEMENTATION_CLASS_UID));
		meta.write(Element.text(Tags.IMPLEMENTATION_VERSION_NAME, Vr.SH, IMPLEMENTATION_VERSION));
		meta.output().flush();
		DicomOutput header = new DicomOutput(out, false);
		header.write(new byte[128]);
		header.write(new byte[] { 'D', 'I', 'C', 'M' });
		new DatasetWriter(header, true).write(new Element(Tags.FILE_META_GROUP_LENGTH, Vr.UL,
				new byte[] { (byte) group.size(), (byte) (group.size() >>> 8), 0, 0 }));
		header.write(group.toByteArray());
		header.flush();
	}
}
