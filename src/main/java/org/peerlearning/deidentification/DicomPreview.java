package org.peerlearning.deidentification;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.peerlearning.deidentification.dicom.FirstFrame;

/**
 * A PNG preview of the first frame of a DICOM file whose pixel data is uncompressed, RLE or 8-bit
 * JPEG (grayscale with the file's window, or RGB), for a person to check burned-in text before a
 * file is shared.
 */
public final class DicomPreview {

	private DicomPreview() {
	}

	/**
	 * @return true when a PNG was written; false when the pixel data is compressed otherwise or of a
	 *         kind not rendered (palette colour, native YBR, more than 16 bits), and nothing was written
	 * @throws InvalidDicomException when the input is not DICOM or is broken before the first frame ends
	 */
	public static boolean writePng(InputStream in, OutputStream out) throws IOException {
		Optional<BufferedImage> image = FirstFrame.render(in);
		if (image.isEmpty()) {
			return false;
		}
		return ImageIO.write(image.get(), "png", out);
	}
}
