package org.peerlearning.intake.hl7;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the modality with DICOM codes. OBR-24 (diagnostic service section) often carries one; when
 * it holds a department code instead (IMG, BED...), the procedure's description tells.
 */
final class Modalities {

	private static final Set<String> DICOM = Set.of("CR", "DX", "CT", "MR", "US", "MG", "NM", "PT", "XA", "RF", "OT", "SC",
			"IO", "PX", "BMD", "DG", "ES", "OP", "XC", "RG");

	private static final Pattern MR = Pattern.compile("\\b(MRI|MR|MRA|MAGNETIC)\\b");

	private static final Pattern CT = Pattern.compile("\\b(CT|CTA|COMPUTED)\\b");

	private static final Pattern US = Pattern.compile("\\b(US|ULTRASOUND|SONO\\w*|DOPPLER|ECHO)\\b");

	private static final Pattern MG = Pattern.compile("\\b(MAMMO\\w*|MG|TOMOSYNTHESIS)\\b");

	private static final Pattern NM = Pattern.compile("\\b(NM|NUCLEAR|SCINT\\w*|BONE SCAN)\\b");

	private static final Pattern PT = Pattern.compile("\\b(PET|PETCT|PT)\\b");

	private static final Pattern XA = Pattern.compile("\\b(ANGIO\\w*|XA|FLUORO\\w*|RF)\\b");

	private static final Pattern XR = Pattern.compile("\\b(XR|X-RAY|XRAY|RADIOGRAPH\\w*|DX|CR|VIEWS?)\\b");

	private Modalities() {
	}

	static String of(String section, String procedure) {
		String code = section == null ? "" : section.strip().toUpperCase(Locale.ROOT);
		if (DICOM.contains(code)) {
			return code;
		}
		if ("MRI".equals(code)) {
			return "MR";
		}
		if (procedure != null && !procedure.isBlank()) {
			String text = procedure.toUpperCase(Locale.ROOT);
			if (MR.matcher(text).find()) {
				return "MR";
			}
			if (PT.matcher(text).find()) {
				return "PT";
			}
			if (CT.matcher(text).find()) {
				return "CT";
			}
			if (MG.matcher(text).find()) {
				return "MG";
			}
			if (US.matcher(text).find()) {
				return "US";
			}
			if (NM.matcher(text).find()) {
				return "NM";
			}
			if (XA.matcher(text).find()) {
				return "XA";
			}
			if (XR.matcher(text).find()) {
				return "DX";
			}
		}
		return code.isEmpty() ? null : code.length() > 16 ? code.substring(0, 16) : code;
	}
}
