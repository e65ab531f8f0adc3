package org.peerlearning.deidentification.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.peerlearning.deidentification.DicomDeidentificationReport;
import org.peerlearning.deidentification.DicomDeidentifier;
import org.peerlearning.deidentification.DicomPreview;
import org.peerlearning.deidentification.DicomProfileOptions;
import org.peerlearning.deidentification.InvalidDicomException;
import org.peerlearning.identity.CurrentViewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * De-identifies one DICOM file sent as the request body and answers the result. The output goes to
 * a temporary file first, never to memory: a file found broken at its last byte must still get a
 * clean 422 rather than half a DICOM file under a 200.
 */
@RestController
class DicomDeidentificationController {

	static final String APPLICATION_DICOM = "application/dicom";

	private static final Logger log = LoggerFactory.getLogger(DicomDeidentificationController.class);

	private final DicomDeidentifier deidentifier;
	private final long maxBytes;
	private final CurrentViewer currentViewer;
	private final DeidentificationProblems problems;

	DicomDeidentificationController(DicomDeidentifier deidentifier,
			@Value("${peerlearning.deidentification.dicom.max-size:2GB}") DataSize maxSize, CurrentViewer currentViewer,
			MessageSource messages) {
		this.deidentifier = deidentifier;
		this.maxBytes = maxSize.toBytes();
		this.currentViewer = currentViewer;
		this.problems = new DeidentificationProblems(messages);
	}

	/**
	 * @param caseKey files sent with the same case key get the same replacement for the same UID;
	 *        without one, each request is its own case
	 */
	@PostMapping(path = "/api/v1/deidentify/dicom", consumes = APPLICATION_DICOM)
	void deidentify(HttpServletRequest request, HttpServletResponse response,
			@RequestParam(name = "case", required = false) String caseKey,
			@RequestParam(defaultValue = "false") boolean retainModifiedDates,
			@RequestParam(defaultValue = "false") boolean retainDeviceIdentity,
			@RequestParam(defaultValue = "false") boolean retainPatientCharacteristics,
			@RequestParam(defaultValue = "false") boolean cleanDescriptors) throws IOException {
		// Any member of an organization may de-identify; a signed-in person without one may not.
		currentViewer.get().requireOrganization();
		if (request.getContentLengthLong() > maxBytes) {
			throw new TooLargeException();
		}
		DicomProfileOptions options = new DicomProfileOptions(retainModifiedDates, retainDeviceIdentity,
				retainPatientCharacteristics, cleanDescriptors);
		String key = caseKey == null || caseKey.isBlank() ? UUID.randomUUID().toString() : caseKey;
		Path spool = Files.createTempFile("deidentified-", ".dcm");
		try {
			DicomDeidentificationReport report;
			try (InputStream in = new LimitedInputStream(request.getInputStream(), maxBytes);
					OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 64 * 1024)) {
				report = deidentifier.deidentify(in, out, options, key);
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(APPLICATION_DICOM);
			response.setContentLengthLong(Files.size(spool));
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deidentified.dcm\"");
			response.setHeader("X-Burned-In-Annotation", burnedIn(report));
			response.setHeader("X-Deidentification-Transfer-Syntax", report.transferSyntaxUid());
			response.setHeader("X-Deidentification-Elements-Removed", Integer.toString(report.elementsRemoved()));
			response.setHeader("X-Deidentification-Elements-Replaced", Integer.toString(report.elementsReplaced()));
			Files.copy(spool, response.getOutputStream());
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	/**
	 * A PNG of the first frame, for a person to look for burned-in text; for uncompressed, RLE and
	 * 8-bit JPEG pixel data. The image is built in memory from the first frame alone.
	 */
	@PostMapping(path = "/api/v1/deidentify/dicom/preview", consumes = APPLICATION_DICOM)
	void preview(HttpServletRequest request, HttpServletResponse response) throws IOException {
		currentViewer.get().requireOrganization();
		if (request.getContentLengthLong() > maxBytes) {
			throw new TooLargeException();
		}
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		try (InputStream in = new LimitedInputStream(request.getInputStream(), maxBytes)) {
			if (!DicomPreview.writePng(in, png)) {
				throw new NoPreviewException();
			}
		}
		response.setContentType("image/png");
		response.setContentLength(png.size());
		png.writeTo(response.getOutputStream());
	}

	@ExceptionHandler(NoPreviewException.class)
	ProblemDetail noPreview() {
		return problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "noPreview");
	}

	static final class NoPreviewException extends IOException {
		private static final long serialVersionUID = 1L;
	}

	private static String burnedIn(DicomDeidentificationReport report) {
		return switch (report.burnedInAnnotation()) {
			case PRESENT -> "yes";
			case POSSIBLE -> "possible";
			case NOT_EXPECTED -> "not-expected";
		};
	}

	@ExceptionHandler(InvalidDicomException.class)
	ProblemDetail invalid(InvalidDicomException ex) {
		// The reason names elements and offsets, never values: safe to send back.
		return problems.problemWithDetail(HttpStatus.UNPROCESSABLE_CONTENT, "invalidDicom", ex.getMessage());
	}

	@ExceptionHandler(TooLargeException.class)
	ProblemDetail tooLarge() {
		return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "fileTooLarge", DataSize.ofBytes(maxBytes).toMegabytes());
	}

	@ExceptionHandler(IOException.class)
	ProblemDetail unreadable(IOException ex) {
		log.warn("DICOM de-identification request failed: {}", ex.getClass().getSimpleName());
		return problems.problem(HttpStatus.BAD_REQUEST, "uploadFailed");
	}

	static final class TooLargeException extends IOException {
		private static final long serialVersionUID = 1L;
	}

	/** Fails the upload as soon as it passes the limit, whatever Content-Length said. */
	static final class LimitedInputStream extends java.io.FilterInputStream {

		private long left;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && --left < 0) {
				throw new TooLargeException();
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				left -= n;
				if (left < 0) {
					throw new TooLargeException();
				}
			}
			return n;
		}
	}
}
