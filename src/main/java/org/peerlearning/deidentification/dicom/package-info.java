/**
 * DICOM reading, writing and PS3.15 Annex E de-identification, behind
 * {@link org.peerlearning.deidentification.DicomDeidentifier}.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Table.</b> {@code deidentification/ps3.15-e1-1.tsv} is generated from the standard's
 * Table E.1-1 (JSON) by {@code ProfileTableGenerator} (test scope) and a test fails when it drifts.
 * VRs and keywords come from {@code dicom-dictionary.tsv}, generated from the PS3.6 dictionary that
 * pydicom ships ({@code DictionaryGenerator}).</li>
 * <li><b>Combined actions</b> (X/Z, X/D, Z/D, X/Z/D, X/Z/U*) take their last action (Z, D or U):
 * the standard keeps the first unless the IOD needs the later one, and without per-IOD attribute
 * types the later one is the one that is conformant for every IOD; empty, dummy or remapped values
 * carry none of the original information either way. Sequences under D or U are kept and
 * de-identified item by item; under Z they become empty; under X they go.</li>
 * <li><b>Options.</b> An enabled option that says K wins over one that says C, which wins over the
 * basic action. C means: DA and DT values shift back by the case's number of days (TM is kept, so
 * times of day survive); text loses the words of the patient's names and ids found in the file
 * (whole words, case-insensitive). That is all "clean" does for now: free text may still hold other
 * identifiers until the report-text de-identifier is applied to it.</li>
 * <li><b>Not listed</b> standard attributes are kept. Private attributes (odd groups) are removed,
 * with no safe-private exceptions. Group lengths and trailing padding are removed; the file meta
 * group is written anew.</li>
 * <li><b>UIDs</b> become {@code 2.25.<128 bits of HMAC-SHA256(secret, case key, UID)>}.</li>
 * <li><b>Dummies</b> by VR: "ANONYMIZED" for text and names, 19000101 / 000000 for dates and
 * times, 0 for numbers in text, zeros for binary values, a remapped UID for UI.</li>
 * <li><b>Encoding.</b> The output keeps the transfer syntax; sequences and items are written with
 * undefined length; values are padded to even length (space for text, NUL for UI and binary); odd
 * fragments get one NUL. Data sets without meta information are guessed (byte order, VR encoding)
 * and written as Part 10. A data set that contradicts its declared VR encoding is read as found
 * and written as declared.</li>
 * <li><b>Memory.</b> Top-level values over 256 kB (pixel data above all) and encapsulated pixel
 * data are streamed; everything else of the header is held until the first such value (or 8 MB),
 * which is what lets "clean" know the patient's names before the descriptions that precede them.
 * Values inside sequences are held; sequences nested deeper than 64 levels are refused.</li>
 * </ul>
 */
package org.peerlearning.deidentification.dicom;
