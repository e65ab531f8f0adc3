package org.peerlearning.deidentification.dicom;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.peerlearning.deidentification.DicomPreview;

import static org.assertj.core.api.Assertions.assertThat;

class DicomPreviewTests {

	static final Path CORPUS = DicomCorpusTests.CORPUS;

	private static BufferedImage preview(String name) throws Exception {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try (InputStream in = Files.newInputStream(CORPUS.resolve(name))) {
			assertThat(DicomPreview.writePng(in, png)).isTrue();
		}
		return ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
	}

	@Test
	void aCtSliceBecomesAGrayscalePngOfItsSizeWithContrast() throws Exception {
		BufferedImage image = preview("CT_small.dcm");
		assertThat(image.getWidth()).isEqualTo(128);
		assertThat(image.getHeight()).isEqualTo(128);
		assertThat(distinctGrays(image)).isGreaterThan(20);
	}

	@Test
	void bigEndianAndLittleEndianCopiesOfOneImageLookTheSame() throws Exception {
		BufferedImage little = preview("MR_small.dcm");
		BufferedImage big = preview("MR_small_bigendian.dcm");
		for (int y = 0; y < little.getHeight(); y++) {
			for (int x = 0; x < little.getWidth(); x++) {
				assertThat(big.getRGB(x, y)).isEqualTo(little.getRGB(x, y));
			}
		}
	}

	@Test
	void anRgbUltrasoundKeepsItsColours() throws Exception {
		BufferedImage image = preview("ExplVR_BigEnd.dcm");
		assertThat(image.getWidth()).isEqualTo(80);
		assertThat(image.getHeight()).isEqualTo(60);
	}

	@Test
	void anRleCopyOfAnMrImageLooksExactlyLikeTheUncompressedOne() throws Exception {
		assertSame(preview("MR_small.dcm"), preview("MR_small_RLE.dcm"));
	}

	@Test
	void rleColourLooksLikeTheUncompressedColourImage() throws Exception {
		BufferedImage rle = preview("SC_rgb_rle.dcm");
		assertThat(rle.getWidth()).isEqualTo(100);
		// pydicom's test pattern: a red band on top
		assertThat(rle.getRGB(50, 2) & 0xFFFFFF).isEqualTo(0xFF0000);
	}

	@Test
	void aJpegBaselineImageIsDecodedCloseToItsLosslessCopy() throws Exception {
		BufferedImage jpeg = preview("SC_rgb_jpeg_dcmtk.dcm");
		BufferedImage lossless = preview("SC_rgb_rle.dcm");
		assertThat(jpeg.getWidth()).isEqualTo(lossless.getWidth());
		assertThat(meanDifference(jpeg, lossless)).isLessThan(12);
	}

	@Test
	void compressedPixelDataIsNotRendered() throws Exception {
		try (InputStream in = Files.newInputStream(CORPUS.resolve("JPEG2000.dcm"))) {
			assertThat(DicomPreview.writePng(in, new ByteArrayOutputStream())).isFalse();
		}
	}

	private static void assertSame(BufferedImage expected, BufferedImage actual) {
		assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				assertThat(actual.getRGB(x, y)).isEqualTo(expected.getRGB(x, y));
			}
		}
	}

	/** Mean absolute difference per colour channel, 0 to 255. */
	private static double meanDifference(BufferedImage a, BufferedImage b) {
		long total = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				int p = a.getRGB(x, y);
				int q = b.getRGB(x, y);
				for (int shift = 0; shift <= 16; shift += 8) {
					total += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
				}
			}
		}
		return total / (3.0 * a.getWidth() * a.getHeight());
	}

	private static long distinctGrays(BufferedImage image) {
		java.util.Set<Integer> grays = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				grays.add(image.getRGB(x, y) & 0xFF);
			}
		}
		return grays.size();
	}
}
