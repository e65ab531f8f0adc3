package org.peerlearning.deidentification.dicom;

/** Tags the reader, the writer and the profile need by name. */
public final class Tags {

	public static final int FILE_META_GROUP_LENGTH = 0x00020000;
	public static final int FILE_META_VERSION = 0x00020001;
	public static final int MEDIA_STORAGE_SOP_CLASS_UID = 0x00020002;
	public static final int MEDIA_STORAGE_SOP_INSTANCE_UID = 0x00020003;
	public static final int TRANSFER_SYNTAX_UID = 0x00020010;
	public static final int IMPLEMENTATION_CLASS_UID = 0x00020012;
	public static final int IMPLEMENTATION_VERSION_NAME = 0x00020013;
	public static final int SPECIFIC_CHARACTER_SET = 0x00080005;
	public static final int SOP_CLASS_UID = 0x00080016;
	public static final int SOP_INSTANCE_UID = 0x00080018;
	public static final int MODALITY = 0x00080060;
	public static final int CODE_VALUE = 0x00080100;
	public static final int CODING_SCHEME_DESIGNATOR = 0x00080102;
	public static final int CODE_MEANING = 0x00080104;
	public static final int PATIENT_NAME = 0x00100010;
	public static final int PATIENT_ID = 0x00100020;
	public static final int OTHER_PATIENT_IDS = 0x00101000;
	public static final int OTHER_PATIENT_NAMES = 0x00101001;
	public static final int PATIENT_IDENTITY_REMOVED = 0x00120062;
	public static final int DEIDENTIFICATION_METHOD = 0x00120063;
	public static final int DEIDENTIFICATION_METHOD_CODE_SEQUENCE = 0x00120064;
	public static final int BURNED_IN_ANNOTATION = 0x00280301;
	public static final int LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED = 0x00280303;
	public static final int PIXEL_DATA = 0x7FE00010;
	public static final int TRAILING_PADDING = 0xFFFCFFFC;
	public static final int ITEM = 0xFFFEE000;
	public static final int ITEM_DELIMITATION = 0xFFFEE00D;
	public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

	private Tags() {
	}

	public static int group(int tag) {
		return tag >>> 16;
	}

	public static boolean isPrivate(int tag) {
		return (group(tag) & 1) == 1;
	}

	public static boolean isGroupLength(int tag) {
		return (tag & 0xFFFF) == 0;
	}

	/** "(7FE0,0010)", or "PixelData (7FE0,0010)" when the dictionary knows the element. */
	public static String describe(int tag) {
		String text = String.format("(%04X,%04X)", group(tag), tag & 0xFFFF);
		String keyword = DicomDictionary.keyword(tag);
		return keyword == null ? text : keyword + " " + text;
	}
}
