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
	void compressedPixelDataIsNotRendered() throws Exception {
		try (InputStream in = Files.newInputStream(CORPUS.resolve("JPEG2000.dcm"))) {
			assertThat(DicomPreview.writePng(in, new ByteArrayOutputStream())).isFalse();
		}
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
