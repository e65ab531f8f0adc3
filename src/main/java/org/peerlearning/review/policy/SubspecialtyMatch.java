package org.peerlearning.review.policy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prefers a reviewer whose subspecialty covers the exam: neuroradiology for head and spine, chest
 * for the thorax, breast imaging for mammography, musculoskeletal for joints and limbs, body for the
 * abdomen and pelvis.
 */
public final class SubspecialtyMatch implements AssignmentPolicy {

	static final int PREFERENCE = 100;

	private static final Map<String, Set<String>> COVERS = Map.of(
			"neuroradiology", Set.of("HEAD", "BRAIN", "SPINE", "NECK", "ORBIT"),
			"chest", Set.of("CHEST", "THORAX", "LUNG", "HEART"),
			"breast", Set.of("BREAST", "MG"),
			"musculoskeletal", Set.of("KNEE", "WRIST", "SHOULDER", "HIP", "ANKLE", "ELBOW", "HAND", "FOOT", "SPINE"),
			"body", Set.of("ABDOMEN", "PELVIS", "LIVER", "KIDNEY"),
			"emergency", Set.of("HEAD", "CHEST", "ABDOMEN", "PELVIS", "SPINE", "WRIST"));

	@Override
	public String name() {
		return "subspecialty-match";
	}

	@Override
	public Verdict judge(Candidate candidate, CaseFacts facts) {
		String bodyPart = upper(facts.bodyPart());
		String modality = upper(facts.modality());
		for (String subspecialty : candidate.subspecialties()) {
			Set<String> covered = COVERS.getOrDefault(subspecialty.strip().toLowerCase(Locale.ROOT), Set.of());
			if (covered.contains(bodyPart) || covered.contains(modality)) {
				return Verdict.preferred(PREFERENCE, "review.policy.subspecialty");
			}
		}
		return Verdict.neutral();
	}

	private static String upper(String value) {
		return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
	}
}
