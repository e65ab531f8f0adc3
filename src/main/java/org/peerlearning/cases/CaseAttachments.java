package org.peerlearning.cases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.peerlearning.deidentification.DicomDeidentificationReport;
import org.peerlearning.deidentification.DicomDeidentifier;
import org.peerlearning.deidentification.DicomPreview;
import org.peerlearning.deidentification.DicomProfileOptions;
import org.peerlearning.deidentification.InvalidDicomException;
import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.DicomOptions;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewProgram;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Key images of a case. A DICOM file goes through the organization's PS3.15 profile (UIDs remapped
 * consistently within the case) and only the result is kept, with a PNG preview of its first
 * frame when the pixel data allows one; a screenshot (PNG, JPEG, GIF, BMP) is decoded and written
 * again as PNG, which leaves every metadata block behind. Screenshots and images that may carry
 * burned-in text are flagged for a person to check. Who may read them is the pages' business:
 * this service answers any case of the organization.
 */
@Service
public class CaseAttachments {

	/** Most key images one case holds. */
	public static final int MAX_PER_CASE = 20;

	private static final long MAX_PIXELS = 60_000_000L;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final DicomDeidentifier deidentifier;

	private final ReviewProgram program;

	private final long maxBytes;

	CaseAttachments(JdbcClient jdbc, Cases cases, DicomDeidentifier deidentifier, ReviewProgram program,
			@Value("${peerlearning.cases.attachment-max-size:64MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.deidentifier = deidentifier;
		this.program = program;
		this.maxBytes = maxSize.toBytes();
	}

	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * De-identifies and stores one file. Refused with {@link UnusableAttachmentException} when it is
	 * neither DICOM nor an image, is broken, too large, or the case is closed or full.
	 */
	@Transactional
	public CaseAttachment add(OrganizationId organization, CaseId caseId, InputStream content, PersonId by) throws IOException {
		LearningCase learningCase = cases.get(organization, caseId);
		if (learningCase.state().terminal()) {
			throw new UnusableAttachmentException("cases.attachment.error.closed", "the case is closed");
		}
		int count = jdbc.sql("select count(*) from case_attachment where organization_id = ? and case_id = ? and retired_at is null")
			.params(organization.value(), caseId.value())
			.query(Integer.class)
			.single();
		if (count >= MAX_PER_CASE) {
			throw new UnusableAttachmentException("cases.attachment.error.full", "the case has " + count + " key images");
		}
		Path original = Files.createTempFile("attachment-", ".upload");
		Path cleaned = Files.createTempFile("attachment-", ".clean");
		try {
			long size = copyAtMost(content, original);
			if (size == 0) {
				throw new UnusableAttachmentException("cases.attachment.error.empty", "empty file");
			}
			Stored stored = dicom(original) ? storeDicom(organization, caseId, original, cleaned) : storeImage(original);
			UUID id = UUID.randomUUID();
			int number = jdbc.sql("select coalesce(max(number), 0) + 1 from case_attachment where case_id = ?")
				.param(caseId.value())
				.query(Integer.class)
				.single();
			jdbc.sql("""
					insert into case_attachment (id, organization_id, case_id, number, kind, content, size_bytes, preview,
					  burned_in_check, modality, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, organization.value(), caseId.value(), number, stored.kind().name(), stored.content(),
						(long) stored.content().length, stored.preview(), stored.burnedInCheck(), stored.modality(),
						by == null ? null : by.value())
				.update();
			cases.note(organization, caseId, "ATTACHMENT_ADDED", by, null);
			return find(organization, caseId, id).orElseThrow();
		}
		finally {
			Files.deleteIfExists(original);
			Files.deleteIfExists(cleaned);
		}
	}

	/**
	 * Records that {@code by} (the program lead) looked at a flagged image and found no burned-in
	 * identity, which clears it for reviewers. Noted in the case's timeline.
	 */
	@Transactional
	public void markChecked(OrganizationId organization, CaseId caseId, UUID id, PersonId by) {
		int updated = jdbc.sql("update case_attachment set checked_at = now(), checked_by = ? where organization_id = ?"
				+ " and case_id = ? and id = ? and retired_at is null and checked_at is null")
			.params(by.value(), organization.value(), caseId.value(), id)
			.update();
		if (updated == 1) {
			cases.note(organization, caseId, "ATTACHMENT_CHECKED", by, null);
		}
	}

	/** What reviewers may see: images with nothing to check, or checked by the lead. */
	public List<CaseAttachment> clearedForReview(OrganizationId organization, CaseId caseId) {
		return of(organization, caseId).stream().filter(CaseAttachment::clearedForReview).toList();
	}

	public List<CaseAttachment> of(OrganizationId organization, CaseId caseId) {
		return jdbc.sql("""
				select id, case_id, number, kind, size_bytes, preview is not null, burned_in_check, modality, created_at, checked_at
				from case_attachment where organization_id = ? and case_id = ? and retired_at is null order by number""")
			.params(organization.value(), caseId.value())
			.query((rs, n) -> row(rs))
			.list();
	}

	public Optional<CaseAttachment> find(OrganizationId organization, CaseId caseId, UUID id) {
		return jdbc.sql("""
				select id, case_id, number, kind, size_bytes, preview is not null, burned_in_check, modality, created_at, checked_at
				from case_attachment where organization_id = ? and case_id = ? and id = ? and retired_at is null""")
			.params(organization.value(), caseId.value(), id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** The stored (de-identified) file. */
	public Optional<byte[]> content(OrganizationId organization, CaseId caseId, UUID id) {
		return bytes("content", organization, caseId, id);
	}

	/** The PNG preview, when the image allowed one. */
	public Optional<byte[]> preview(OrganizationId organization, CaseId caseId, UUID id) {
		return bytes("preview", organization, caseId, id);
	}

	private Optional<byte[]> bytes(String column, OrganizationId organization, CaseId caseId, UUID id) {
		return jdbc.sql("select " + column + " from case_attachment where organization_id = ? and case_id = ? and id = ?"
				+ " and retired_at is null and " + column + " is not null")
			.params(organization.value(), caseId.value(), id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	private Stored storeDicom(OrganizationId organization, CaseId caseId, Path original, Path cleaned) throws IOException {
		DicomOptions chosen = program.of(organization).dicomOptions();
		DicomProfileOptions options = new DicomProfileOptions(chosen.retainLongitudinalTemporalWithModifiedDates(),
				chosen.retainDeviceIdentity(), chosen.retainPatientCharacteristics(), chosen.cleanDescriptors());
		DicomDeidentificationReport report;
		try {
			report = deidentifier.deidentify(original, cleaned, options, caseId.toString());
		}
		catch (InvalidDicomException broken) {
			// the reason names elements and offsets, never values
			throw new UnusableAttachmentException("cases.attachment.error.dicom", broken.getMessage());
		}
		byte[] preview = null;
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try (InputStream in = Files.newInputStream(cleaned)) {
			if (DicomPreview.writePng(in, png)) {
				preview = png.toByteArray();
			}
		}
		catch (IOException | RuntimeException noPreview) {
			preview = null;
		}
		return new Stored(CaseAttachment.Kind.DICOM, Files.readAllBytes(cleaned), preview,
				report.burnedInAnnotation().needsHumanCheck(), report.modality());
	}

	private Stored storeImage(Path original) throws IOException {
		BufferedImage image;
		try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
			Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new UnusableAttachmentException("cases.attachment.error.type", "neither DICOM nor an image");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new UnusableAttachmentException("cases.attachment.error.tooLarge", "too many pixels");
				}
				image = reader.read(0);
			}
			catch (IOException | RuntimeException broken) {
				if (broken instanceof UnusableAttachmentException unusable) {
					throw unusable;
				}
				throw new UnusableAttachmentException("cases.attachment.error.image", "the image cannot be read");
			}
			finally {
				reader.dispose();
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		byte[] bytes = png.toByteArray();
		// a screenshot of a viewer shows whatever its overlay showed: always looked at by a person
		return new Stored(CaseAttachment.Kind.IMAGE, bytes, bytes, true, null);
	}

	private long copyAtMost(InputStream in, Path to) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (var out = Files.newOutputStream(to)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > maxBytes) {
					throw new UnusableAttachmentException("cases.attachment.error.tooLarge", "larger than " + maxBytes + " bytes");
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	/** A Part 10 file (preamble and DICM), or a bare dataset that starts with a group 0008 element. */
	private static boolean dicom(Path file) throws IOException {
		byte[] head = new byte[132];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (read == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
			return true;
		}
		return read >= 4 && head[0] == 0x08 && head[1] == 0x00 && head[3] == 0x00;
	}

	private static CaseAttachment row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp at = rs.getTimestamp(9);
		Timestamp checked = rs.getTimestamp(10);
		return new CaseAttachment(rs.getObject(1, UUID.class), new CaseId(rs.getObject(2, UUID.class)), rs.getInt(3),
				CaseAttachment.Kind.valueOf(rs.getString(4)), rs.getLong(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8),
				at.toInstant(), checked == null ? null : checked.toInstant());
	}

	private record Stored(CaseAttachment.Kind kind, byte[] content, byte[] preview, boolean burnedInCheck, String modality) {
	}
}
