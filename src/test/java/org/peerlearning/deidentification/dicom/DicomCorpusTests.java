package org.peerlearning.deidentification.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerlearning.deidentification.DicomDeidentifier;
import org.peerlearning.deidentification.DicomProfileOptions;
import org.peerlearning.deidentification.InvalidDicomException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every file of the pydicom test corpus, with the expectation decided for it: de-identified into a
 * file that dcmtk and pydicom read, or refused as invalid.
 */
class DicomCorpusTests {

	static final Path CORPUS = Path.of("../shared/testdata/dicom/pydicom");

	enum Expect {
		DEIDENTIFIED, INVALID
	}

	static final Map<String, Expect> EXPECTATIONS = new TreeMap<>();

	/** Files refused, with what the reason must name. Neither dcmtk nor pydicom reads them either. */
	static final Map<String, String> INVALID = Map.of(
			// pixel data declares 8192 bytes, fewer follow
			"MR_truncated.dcm", "PixelData (7FE0,0010)",
			// the file ends inside Isocenter Position
			"rtplan_truncated.dcm", "IsocenterPosition (300A,012C)",
			// CT_small without its meta header but with one stray byte before the first element
			"no_meta.dcm", "Not a DICOM file");

	static {
		for (String name : List.of("693_J2KI.dcm", "CT_small.dcm", "ExplVR_BigEnd.dcm",
				// bare data sets without meta: written back as Part 10 files
				"ExplVR_BigEndNoMeta.dcm", "ExplVR_LitEndNoMeta.dcm", "rtstruct.dcm",
				"GDCMJ2K_TextGBR.dcm", "J2K_pixelrep_mismatch.dcm", "JPEG-lossy.dcm",
				// sequence delimiter bytes inside a fragment: fragments are read by length, so they pass
				"JPEG2000-embedded-sequence-delimiter.dcm", "JPEG2000.dcm", "JPGExtended.dcm", "MR_small.dcm",
				"MR_small_RLE.dcm", "MR_small_bigendian.dcm", "MR_small_expb.dcm", "MR_small_implicit.dcm",
				"MR_small_jp2klossless.dcm", "MR_small_jpeg_ls_lossless.dcm", "MR_small_padded.dcm",
				"SC_jpeg_no_color_transform.dcm", "SC_jpeg_no_color_transform_2.dcm", "SC_rgb_dcmtk_+eb+cr.dcm",
				"SC_rgb_dcmtk_+eb+cy+n1.dcm", "SC_rgb_dcmtk_+eb+cy+n2.dcm", "SC_rgb_dcmtk_+eb+cy+np.dcm",
				"SC_rgb_dcmtk_+eb+cy+s2.dcm", "SC_rgb_dcmtk_+eb+cy+s4.dcm", "SC_rgb_gdcm_KY.dcm",
				// declares explicit VR but is implicit VR: read as found, written as declared
				"SC_rgb_jpeg.dcm", "SC_rgb_jpeg_app14_dcmd.dcm", "SC_rgb_jpeg_dcmd.dcm", "SC_rgb_jpeg_dcmtk.dcm",
				"SC_rgb_jpeg_gdcm.dcm", "SC_rgb_jpeg_lossy_gdcm.dcm", "SC_rgb_rle.dcm", "SC_rgb_rle_16bit.dcm",
				"SC_rgb_rle_16bit_2frame.dcm", "SC_rgb_rle_2frame.dcm", "SC_rgb_rle_32bit.dcm",
				"SC_rgb_rle_32bit_2frame.dcm", "SC_rgb_small_odd.dcm", "SC_rgb_small_odd_jpeg.dcm",
				"SC_ybr_full_422_uncompressed.dcm", "UN_sequence.dcm", "badVR.dcm", "empty_charset_LEI.dcm",
				"image_dfl.dcm", "liver_1frame.dcm", "liver_expb_1frame.dcm",
				// empty transfer syntax in the meta header: the encoding is guessed from the data set
				"meta_missing_tsyntax.dcm", "nested_priv_SQ.dcm", "no_meta_group_length.dcm", "priv_SQ.dcm",
				"reportsi.dcm", "reportsi_with_empty_number_tags.dcm", "rtdose.dcm", "rtdose_1frame.dcm",
				"rtdose_expb.dcm", "rtdose_expb_1frame.dcm", "rtdose_rle.dcm", "rtdose_rle_1frame.dcm", "rtplan.dcm",
				"test-SR.dcm", "waveform_ecg.dcm", "charset/chrArab.dcm", "charset/chrFren.dcm",
				"charset/chrFrenMulti.dcm", "charset/chrGerm.dcm", "charset/chrGreek.dcm", "charset/chrH31.dcm",
				"charset/chrH32.dcm", "charset/chrHbrw.dcm", "charset/chrI2.dcm", "charset/chrJapMulti.dcm",
				"charset/chrJapMultiExplicitIR6.dcm", "charset/chrKoreanMulti.dcm", "charset/chrRuss.dcm",
				"charset/chrSQEncoding.dcm", "charset/chrSQEncoding1.dcm", "charset/chrX1.dcm", "charset/chrX2.dcm")) {
			EXPECTATIONS.put(name, Expect.DEIDENTIFIED);
		}
		INVALID.forEach((name, reason) -> EXPECTATIONS.put(name, Expect.INVALID));
	}

	static final DicomDeidentifier DEIDENTIFIER = new DicomDeidentifier(
			"corpus-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

	static Stream<String> deidentifiable() {
		return EXPECTATIONS.entrySet().stream().filter(e -> e.getValue() == Expect.DEIDENTIFIED).map(Map.Entry::getKey);
	}

	static Stream<String> invalid() {
		return EXPECTATIONS.entrySet().stream().filter(e -> e.getValue() == Expect.INVALID).map(Map.Entry::getKey);
	}

	static Path deidentify(String name, Path directory) throws IOException {
		Path output = directory.resolve(name.replace('/', '_'));
		try (InputStream in = Files.newInputStream(CORPUS.resolve(name)); OutputStream out = Files.newOutputStream(output)) {
			DEIDENTIFIER.deidentify(in, out, DicomProfileOptions.basic(), "case-corpus");
		}
		return output;
	}

	@Test
	void everyFileOfTheCorpusHasADecidedExpectation() throws IOException {
		List<String> files;
		try (Stream<Path> walk = Files.walk(CORPUS)) {
			files = walk.filter(p -> p.toString().endsWith(".dcm")).map(p -> CORPUS.relativize(p).toString()).sorted().toList();
		}
		assertThat(files).containsExactlyInAnyOrderElementsOf(EXPECTATIONS.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalid")
	void aBrokenFileIsRefusedWithTheElementAndOffsetThatBrokeIt(String name, @TempDir Path directory) {
		assertThatThrownBy(() -> deidentify(name, directory)).isInstanceOf(InvalidDicomException.class)
			.hasMessageContaining("at byte offset")
			.hasMessageContaining(INVALID.get(name));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deidentifiable")
	void aDeidentifiedFileIsValidKeepsItsPixelsAndNoProfiledValue(String name, @TempDir Path directory)
			throws Exception {
		Path output = deidentify(name, directory);
		ParsedDicom original = ParsedDicom.read(CORPUS.resolve(name));
		ParsedDicom result = ParsedDicom.read(output);

		assertThat(Files.readAllBytes(output)).as("Part 10 marker").containsSequence("DICM".getBytes(StandardCharsets.US_ASCII));
		assertThat(result.opened().hadMeta()).isTrue();
		assertDcmdumpReads(output);
		assertPixelDataUnchanged(original, result);
		assertNoProfiledValueSurvives(original, result);
		assertThat(result.string(Tags.PATIENT_IDENTITY_REMOVED)).isEqualTo("YES");
		String sopInstance = result.string(Tags.SOP_INSTANCE_UID);
		if (sopInstance != null) {
			assertThat(result.opened().sopInstanceUid()).isEqualTo(sopInstance);
		}
	}

	@Test
	void pydicomReadsEveryDeidentifiedFile(@TempDir Path directory) throws Exception {
		List<String> outputs = new ArrayList<>();
		for (String name : deidentifiable().toList()) {
			outputs.add(deidentify(name, directory).toString());
		}
		String script = "import sys, pydicom\n" + "bad = []\n" + "for f in sys.argv[1:]:\n" + "    try:\n"
				+ "        ds = pydicom.dcmread(f)\n" + "        str(ds)\n"
				+ "        assert ds.PatientIdentityRemoved == 'YES'\n" + "    except Exception as e:\n"
				+ "        bad.append(f + ': ' + repr(e))\n" + "print('\\n'.join(bad))\n" + "sys.exit(1 if bad else 0)\n";
		List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-c", script));
		command.addAll(outputs);
		ExternalTool.Result result = ExternalTool.run(command, 60);
		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	static void assertDcmdumpReads(Path file) throws Exception {
		ExternalTool.Result result = ExternalTool.run(List.of("/usr/bin/dcmdump", "-q", file.toString()), 20);
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).doesNotContain("E: ");
	}

	static void assertPixelDataUnchanged(ParsedDicom original, ParsedDicom result) {
		Element before = original.find(Tags.PIXEL_DATA);
		Element after = result.find(Tags.PIXEL_DATA);
		if (before == null) {
			assertThat(after).isNull();
			return;
		}
		assertThat(after).isNotNull();
		if (before.fragments() != null) {
			assertThat(after.fragments()).hasSameSizeAs(before.fragments());
			for (int i = 0; i < before.fragments().size(); i++) {
				assertThat(after.fragments().get(i)).as("fragment %d", i).isEqualTo(padded(before.fragments().get(i)));
			}
		}
		else {
			assertThat(after.value()).isEqualTo(padded(before.value()));
		}
	}

	private static byte[] padded(byte[] value) {
		return (value.length & 1) == 0 ? value : java.util.Arrays.copyOf(value, value.length + 1);
	}

	/**
	 * No attribute that the basic profile removes, empties, replaces or remaps keeps its original
	 * value anywhere in the output, no original UID of such an attribute survives, and no private
	 * attribute is left.
	 */
	static void assertNoProfiledValueSurvives(ParsedDicom original, ParsedDicom result) {
		ProfileTable table = ProfileTable.load();
		Set<String> forbidden = new HashSet<>();
		Set<String> forbiddenUids = new HashSet<>();
		original.walk(element -> {
			String action = table.basicAction(element.tag());
			if (action == null || action.equals("K") || action.equals("C") || element.items() != null
					|| element.value() == null || element.string().isEmpty()) {
				return;
			}
			if (element.vr() == Vr.UI) {
				forbiddenUids.add(element.string());
			}
			forbidden.add(element.tag() + "=" + element.string());
		});
		result.walk(element -> {
			assertThat(Tags.isPrivate(element.tag())).as("private %s", Tags.describe(element.tag())).isFalse();
			if (element.value() == null) {
				return;
			}
			String value = element.string();
			if (!isDummy(value)) {
				assertThat(forbidden).as("value kept in %s", Tags.describe(element.tag()))
					.doesNotContain(element.tag() + "=" + value);
			}
			if (element.vr() == Vr.UI && value.contains(".")) {
				assertThat(forbiddenUids).as("UID kept in %s", Tags.describe(element.tag())).doesNotContain(value);
			}
		});
	}

	/** Values the profile itself writes can equal an original by chance (an original "0" for instance). */
	private static boolean isDummy(String value) {
		return Set.of("ANONYMIZED", "ANONYMOUS", "19000101", "19000101000000", "000000", "0", "000D").contains(value);
	}

	/** Runs a command with a time limit, collecting its merged output. */
	static final class ExternalTool {

		private ExternalTool() {
		}

		record Result(int exitCode, String output) {
		}

		static Result run(List<String> command, int timeoutSeconds) throws Exception {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("Timed out: " + command.get(0));
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
	}
}
