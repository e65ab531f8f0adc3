package org.peerlearning.deidentification;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

import org.peerlearning.deidentification.dicom.CaseKeys;
import org.peerlearning.deidentification.dicom.Deidentification;
import org.peerlearning.deidentification.dicom.ProfileTable;

/**
 * De-identifies DICOM files under the PS3.15 Annex E Basic Application Level Confidentiality
 * Profile and the options an organization chose.
 *
 * <p>Reads Part 10 files (and bare data sets without meta information) in implicit or explicit VR,
 * either byte order, deflated or with encapsulated pixel data, and writes a Part 10 file in the same
 * transfer syntax. Pixel data is copied untouched through a bounded buffer: memory does not grow
 * with file size. Attributes listed in Table E.1-1 are removed, emptied, replaced by dummies or
 * remapped UIDs, or cleaned; private attributes are removed; attributes not listed are kept. UIDs are
 * replaced by "2.25." UIDs from a keyed hash of the secret and the case key, so the same UID in one
 * case always gets the same replacement and the study/series structure of a case survives.
 *
 * <p>Text burned into pixels is not removed: the report says when a person must look.
 */
public final class DicomDeidentifier {

	private final byte[] secret;
	private final ProfileTable table = ProfileTable.load();

	/** @param secret key of the keyed hash behind replacement UIDs and date shifts; keep it secret and stable */
	public DicomDeidentifier(byte[] secret) {
		if (secret == null || secret.length < 16) {
			throw new IllegalArgumentException("The de-identification secret must have at least 16 bytes");
		}
		this.secret = secret.clone();
	}

	/**
	 * Reads one DICOM file from {@code in} and writes its de-identified version to {@code out}. Neither
	 * stream is closed. On {@link InvalidDicomException} part of the output may have been written:
	 * callers that must not expose partial files write to a temporary place first.
	 *
	 * @param caseKey the case the file belongs to: UIDs and date shifts are consistent within it
	 * @throws InvalidDicomException when the input is not DICOM, is truncated or is malformed
	 * @throws IOException when reading or writing fails
	 */
	public DicomDeidentificationReport deidentify(InputStream in, OutputStream out, DicomProfileOptions options,
			String caseKey) throws IOException {
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(caseKey, "caseKey");
		return new Deidentification(table, options, new CaseKeys(secret, caseKey)).run(in, out);
	}

	/**
	 * De-identifies a file into another. Same as the stream version, but pixel data is copied file to
	 * file by the operating system, which is faster for large multi-frame files.
	 */
	public DicomDeidentificationReport deidentify(Path in, Path out, DicomProfileOptions options, String caseKey)
			throws IOException {
		try (FileInputStream input = new FileInputStream(in.toFile());
				FileOutputStream output = new FileOutputStream(out.toFile())) {
			return deidentify(input, output, options, caseKey);
		}
	}
}
