package org.peerlearning.deidentification.dicom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerlearning.deidentification.DicomDeidentificationReport;
import org.peerlearning.deidentification.DicomDeidentificationReport.BurnedInAnnotation;
import org.peerlearning.deidentification.DicomDeidentifier;
import org.peerlearning.deidentification.DicomProfileOptions;
import org.peerlearning.deidentification.InvalidDicomException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DicomDeidentifierTests {

	static final Path CORPUS = DicomCorpusTests.CORPUS;
	static final byte[] SECRET = "unit-test-secret-0123456789".getBytes(StandardCharsets.UTF_8);
	static final DicomDeidentifier DEIDENTIFIER = new DicomDeidentifier(SECRET);
	static final DicomProfileOptions ALL_OPTIONS = new DicomProfileOptions(true, true, true, true);

	@TempDir
	Path directory;

	private ParsedDicom deidentify(Path input, DicomProfileOptions options, String caseKey) throws IOException {
		try (InputStream in = Files.newInputStream(input)) {
			return deidentify(in, options, caseKey);
		}
	}

	private ParsedDicom deidentify(InputStream in, DicomProfileOptions options, String caseKey) throws IOException {
		Path output = Files.createTempFile(directory, "out", ".dcm");
		try (OutputStream out = Files.newOutputStream(output)) {
			DEIDENTIFIER.deidentify(in, out, options, caseKey);
		}
		return ParsedDicom.read(output);
	}

	private ParsedDicom deidentifySynthetic(DicomProfileOptions options, List<Element> extra) throws IOException {
		List<Element> elements = new ArrayList<>(SyntheticDicom.header(1, 2, 2, "CT"));
		elements.addAll(extra);
		elements.sort((a, b) -> Integer.compareUnsigned(a.tag(), b.tag()));
		byte[] file = concat(SyntheticDicom.nativeHead(elements, 8), new byte[8]);
		return deidentify(new ByteArrayInputStream(file), options, "case-synthetic");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	@Test
	void ctSmallComesBackValidAndAnonymous() throws Exception {
		ParsedDicom original = ParsedDicom.read(CORPUS.resolve("CT_small.dcm"));
		ParsedDicom result = deidentify(CORPUS.resolve("CT_small.dcm"), DicomProfileOptions.basic(), "case-ct");

		assertThat(original.string(Tags.PATIENT_NAME)).isNotEmpty();
		assertThat(result.string(Tags.PATIENT_NAME)).isEmpty();
		assertThat(result.string(Tags.PATIENT_ID)).isEqualTo("ANONYMIZED");
		assertThat(result.string(0x00100030)).as("birth date").isEmpty();
		assertThat(result.string(0x00080020)).as("study date").isEmpty();
		assertThat(result.string(0x00080050)).as("accession number").isEmpty();
		assertThat(result.string(0x00080080)).as("institution").isEqualTo("ANONYMIZED");
		assertThat(result.string(0x00081030)).as("study description").isNull();
		assertThat(result.string(0x0020000D)).startsWith("2.25.").isNotEqualTo(original.string(0x0020000D));
		assertThat(result.opened().sopInstanceUid()).isEqualTo(result.string(Tags.SOP_INSTANCE_UID));
		assertThat(result.string(Tags.SOP_CLASS_UID)).isEqualTo(original.string(Tags.SOP_CLASS_UID));
		assertThat(result.dataset()).noneMatch(element -> Tags.isPrivate(element.tag()));
		assertThat(result.string(Tags.PATIENT_IDENTITY_REMOVED)).isEqualTo("YES");
		assertThat(codes(result)).containsExactly("113100");
		DicomCorpusTests.assertDcmdumpReads(writeBack(CORPUS.resolve("CT_small.dcm")));
	}

	private Path writeBack(Path input) throws IOException {
		Path output = Files.createTempFile(directory, "ct", ".dcm");
		try (InputStream in = Files.newInputStream(input); OutputStream out = Files.newOutputStream(output)) {
			DEIDENTIFIER.deidentify(in, out, DicomProfileOptions.basic(), "case-ct");
		}
		return output;
	}

	private static List<String> codes(ParsedDicom parsed) {
		return parsed.find(Tags.DEIDENTIFICATION_METHOD_CODE_SEQUENCE).items().stream()
			.map(item -> Element.string(item, Tags.CODE_VALUE)).toList();
	}

	@Test
	void theSameUidInOneCaseAlwaysGetsTheSameReplacementAndAnotherCaseGetsAnother() throws Exception {
		ParsedDicom explicit = deidentify(CORPUS.resolve("MR_small.dcm"), DicomProfileOptions.basic(), "case-a");
		ParsedDicom implicit = deidentify(CORPUS.resolve("MR_small_implicit.dcm"), DicomProfileOptions.basic(), "case-a");
		ParsedDicom otherCase = deidentify(CORPUS.resolve("MR_small.dcm"), DicomProfileOptions.basic(), "case-b");

		assertThat(implicit.string(Tags.SOP_INSTANCE_UID)).isEqualTo(explicit.string(Tags.SOP_INSTANCE_UID));
		assertThat(implicit.string(0x0020000D)).isEqualTo(explicit.string(0x0020000D));
		assertThat(otherCase.string(0x0020000D)).isNotEqualTo(explicit.string(0x0020000D));
	}

	@Test
	void replacementUidsAreTwoTwentyFiveUidsThatFitTheUiLength() throws Exception {
		CaseKeys keys = new CaseKeys(SECRET, "case-uid");
		for (int i = 0; i < 200; i++) {
			String uid = keys.uid("1.2.840.113619.2.55." + i);
			assertThat(uid).matches("2\\.25\\.[1-9][0-9]*").hasSizeLessThanOrEqualTo(64);
		}
		assertThat(keys.uidsRemapped()).isEqualTo(200);
	}

	@Test
	void withModifiedDatesEveryDateOfACaseMovesByTheSameNumberOfDays() throws Exception {
		DicomProfileOptions dates = new DicomProfileOptions(true, false, false, false);
		ParsedDicom result = deidentifySynthetic(dates, List.of());
		DateTimeFormatter da = DateTimeFormatter.BASIC_ISO_DATE;
		LocalDate study = LocalDate.parse(result.string(0x00080020), da);
		LocalDate series = LocalDate.parse(result.string(0x00080021), da);

		int shift = new CaseKeys(SECRET, "case-synthetic").dateShiftDays();
		assertThat(ChronoUnit.DAYS.between(study, LocalDate.of(2024, 3, 15))).isEqualTo(shift).isPositive();
		assertThat(ChronoUnit.DAYS.between(study, series)).isOne();
		assertThat(result.string(Tags.LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED)).isEqualTo("MODIFIED");
		assertThat(codes(result)).containsExactly("113100", "113107");
	}

	@Test
	void withoutOptionsDatesAndDescriptionsAreGone() throws Exception {
		ParsedDicom result = deidentifySynthetic(DicomProfileOptions.basic(), List.of());
		assertThat(result.string(0x00080020)).isEmpty();
		assertThat(result.string(0x00081030)).isNull();
		assertThat(result.string(0x00081010)).isEqualTo("ANONYMIZED");
		assertThat(result.string(0x00101010)).as("age").isNull();
	}

	@Test
	void cleanDescriptorsKeepsTheTextButNotThePatientsNames() throws Exception {
		ParsedDicom result = deidentifySynthetic(new DicomProfileOptions(false, false, false, true), List.of());
		assertThat(result.string(0x00081030)).isEqualTo("CT chest for follow-up");
		assertThat(codes(result)).containsExactly("113100", "113105");
	}

	@Test
	void cleanDescriptorsRunsTheTextRulesSoClinicalWordsStayAndOtherPhiGoes() {
		assertThat(ValueRewriter.removePhi("CT chest, Dr. Okonkwo requests comparison with 2024-03-05"))
			.isEqualTo("CT chest, Dr. requests comparison with");
		assertThat(ValueRewriter.removePhi("MRI knee: Baker cyst? Hoffa fat pad, sent from Kapuskasing"))
			.isEqualTo("MRI knee: Baker cyst? Hoffa fat pad, sent from");
		for (String kept : List.of("AX T1 VIBE DIXON", "SAG T2 FLAIR", "CT HEAD W/O CONTRAST", "Chest PA and lateral",
				"COR STIR", "AX DWI ADC")) {
			assertThat(ValueRewriter.removePhi(kept)).isEqualTo(kept);
		}
	}

	@Test
	void retainingDeviceIdentityAndPatientCharacteristicsKeepsThem() throws Exception {
		ParsedDicom result = deidentifySynthetic(ALL_OPTIONS, List.of());
		assertThat(result.string(0x00081010)).isEqualTo("CTSTATION7");
		assertThat(result.string(0x00101010)).isEqualTo("064Y");
		assertThat(result.string(0x00100040)).isEqualTo("M");
		assertThat(result.string(Tags.PATIENT_NAME)).isEmpty();
		assertThat(codes(result)).containsExactly("113100", "113105", "113107", "113108", "113109");
	}

	@Test
	void privateAttributesAreRemovedAtEveryDepth() throws Exception {
		ParsedDicom original = ParsedDicom.read(CORPUS.resolve("nested_priv_SQ.dcm"));
		ParsedDicom result = deidentify(CORPUS.resolve("nested_priv_SQ.dcm"), DicomProfileOptions.basic(), "case-p");
		List<Integer> privateBefore = new ArrayList<>();
		original.walk(element -> {
			if (Tags.isPrivate(element.tag())) {
				privateBefore.add(element.tag());
			}
		});
		assertThat(privateBefore).isNotEmpty();
		result.walk(element -> assertThat(Tags.isPrivate(element.tag())).isFalse());
	}

	@Test
	void profileActionsApplyInsideSequenceItems() throws Exception {
		List<Element> item = new ArrayList<>();
		item.add(Element.text(0x00081150, Vr.UI, "1.2.840.10008.5.1.4.1.1.2"));
		item.add(Element.text(0x00081155, Vr.UI, "1.2.3.99.1"));
		Element referenced = Element.sequence(0x00081140, List.of(item));
		ParsedDicom result = deidentifySynthetic(DicomProfileOptions.basic(), List.of(referenced));
		List<Element> written = result.find(0x00081140).items().get(0);
		assertThat(Element.string(written, 0x00081155)).startsWith("2.25.");
		assertThat(Element.string(written, 0x00081150)).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
	}

	@Test
	void ultrasoundWithoutTheBurnedInAnnotationAttributeMustBeCheckedByAPerson() throws Exception {
		assertThat(report(Files.readAllBytes(CORPUS.resolve("ExplVR_BigEnd.dcm"))).burnedInAnnotation())
			.isEqualTo(BurnedInAnnotation.POSSIBLE);
		assertThat(report(Files.readAllBytes(CORPUS.resolve("CT_small.dcm"))).burnedInAnnotation())
			.isEqualTo(BurnedInAnnotation.NOT_EXPECTED);
		List<Element> elements = new ArrayList<>(SyntheticDicom.header(1, 2, 2, "CT"));
		elements.add(Element.text(Tags.BURNED_IN_ANNOTATION, Vr.CS, "YES"));
		elements.sort((a, b) -> Integer.compareUnsigned(a.tag(), b.tag()));
		DicomDeidentificationReport declared = report(concat(SyntheticDicom.nativeHead(elements, 8), new byte[8]));
		assertThat(declared.burnedInAnnotation()).isEqualTo(BurnedInAnnotation.PRESENT);
		assertThat(declared.burnedInAnnotation().needsHumanCheck()).isTrue();
	}

	private static DicomDeidentificationReport report(byte[] file) throws IOException {
		return DEIDENTIFIER.deidentify(new ByteArrayInputStream(file), OutputStream.nullOutputStream(),
				DicomProfileOptions.basic(), "case-report");
	}

	@Test
	void aDataSetWithoutMetaInformationComesBackAsAPart10File() throws Exception {
		ParsedDicom result = deidentify(CORPUS.resolve("rtstruct.dcm"), DicomProfileOptions.basic(), "case-r");
		assertThat(result.opened().hadMeta()).isTrue();
		assertThat(result.opened().syntax().uid()).isEqualTo(TransferSyntax.IMPLICIT_LITTLE_UID);
		ParsedDicom bigEndian = deidentify(CORPUS.resolve("ExplVR_BigEndNoMeta.dcm"), DicomProfileOptions.basic(), "c");
		assertThat(bigEndian.opened().syntax().uid()).isEqualTo(TransferSyntax.EXPLICIT_BIG_UID);
	}

	@Test
	void somethingThatIsNotDicomIsRefusedWithAReason() {
		assertThatThrownBy(() -> report("Dear colleague, please find the report attached.".getBytes()))
			.isInstanceOf(InvalidDicomException.class).hasMessageContaining("Not a DICOM file");
		assertThatThrownBy(() -> report(new byte[0])).isInstanceOf(InvalidDicomException.class)
			.hasMessageContaining("empty");
		byte[] preambleOnly = new byte[200];
		System.arraycopy("DICM".getBytes(), 0, preambleOnly, 128, 4);
		assertThatThrownBy(() -> report(preambleOnly)).isInstanceOf(InvalidDicomException.class);
	}

	@Test
	void pixelDataLargerThanAnyArrayIsStreamedThroughInBoundedMemory() throws Exception {
		long length = 2_300_000_000L;
		byte[] head = SyntheticDicom.nativeHead(SyntheticDicom.header(1, 1, 1, "CT"), length);
		InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), SyntheticDicom.virtualBytes(length));
		CountingOutput out = new CountingOutput();
		DicomDeidentificationReport report = DEIDENTIFIER.deidentify(in, out, DicomProfileOptions.basic(), "case-big");
		assertThat(report.pixelDataBytes()).isEqualTo(length);
		assertThat(out.count).isGreaterThan(length);
	}

	@Test
	void anEncapsulatedMultiFrameFileKeepsEveryFragment() throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		SyntheticDicom.writeEncapsulated(file, 5, 1001);
		ParsedDicom result = deidentify(new ByteArrayInputStream(file.toByteArray()), DicomProfileOptions.basic(), "c");
		List<byte[]> fragments = result.find(Tags.PIXEL_DATA).fragments();
		assertThat(fragments).hasSize(6);
		assertThat(fragments.get(1)).hasSize(1002);
		assertThat(result.string(Tags.PATIENT_NAME)).isEmpty();
	}

	@Test
	void fileToFileDeidentificationCopiesLargePixelDataExactlyAndStillNoticesTruncation() throws Exception {
		Path input = directory.resolve("multiframe.dcm");
		try (OutputStream out = Files.newOutputStream(input)) {
			SyntheticDicom.writeNative(out, 12, 256, 256);
		}
		Path output = directory.resolve("deidentified.dcm");
		DicomDeidentificationReport report = DEIDENTIFIER.deidentify(input, output, DicomProfileOptions.basic(), "c");
		assertThat(report.pixelDataBytes()).isEqualTo(12 * 256 * 256 * 2);
		DicomCorpusTests.assertPixelDataUnchanged(ParsedDicom.read(input), ParsedDicom.read(output));
		assertThat(ParsedDicom.read(output).string(Tags.PATIENT_NAME)).isEmpty();

		Path truncated = directory.resolve("truncated.dcm");
		Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(input), (int) Files.size(input) - 1000));
		assertThatThrownBy(() -> DEIDENTIFIER.deidentify(truncated, output, DicomProfileOptions.basic(), "c"))
			.isInstanceOf(InvalidDicomException.class)
			.hasMessageContaining("PixelData (7FE0,0010) declares 1572864 bytes but the file ends after 1571864");
	}

	@Test
	void sequencesNestedBeyondReasonAreRefusedRatherThanExhaustingTheStack() throws Exception {
		ByteArrayOutputStream nested = new ByteArrayOutputStream();
		byte[] open = { 0x08, 0x00, 0x15, 0x11, 'S', 'Q', 0, 0, -1, -1, -1, -1, -2, -1, 0x00, -32, -1, -1, -1, -1 };
		for (int i = 0; i < 10_000; i++) {
			nested.write(open);
		}
		// the meta header, then the nested sequences where the pixel data header (12 bytes) was
		byte[] head = SyntheticDicom.nativeHead(List.of(), 0);
		byte[] file = concat(java.util.Arrays.copyOf(head, head.length - 12), nested.toByteArray());
		assertThatThrownBy(() -> report(file)).isInstanceOf(InvalidDicomException.class)
			.hasMessageContaining("nested more than");
	}

	static final class CountingOutput extends OutputStream {
		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}
}
