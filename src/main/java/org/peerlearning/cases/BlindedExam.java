package org.peerlearning.cases;

import java.time.Instant;
import java.util.List;

/**
 * An exam as a blinded reviewer sees it: what the images and report need, with the signature and
 * dictation lines, radiologists' names and numbers and the patient's identifiers masked.
 *
 * @param viewerUrl where the organization's image viewer opens the study, or {@code null}
 * @param priors the same patient's earlier reports, masked the same way
 */
public record BlindedExam(String modality, String bodyPart, String procedure, Instant examAt, String maskedReport,
		String viewerUrl, List<Prior> priors) {

	public record Prior(String modality, String bodyPart, String procedure, Instant examAt, String maskedReport) {
	}
}
