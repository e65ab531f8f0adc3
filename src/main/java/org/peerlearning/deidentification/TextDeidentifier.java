package org.peerlearning.deidentification;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import org.peerlearning.deidentification.text.PhiScanner;
import org.peerlearning.deidentification.text.Surrogates;

/**
 * Finds protected health information in report text and replaces it, either with category tags
 * or with consistent surrogates. Rules and dictionaries only: nothing leaves the process and
 * nothing is stored. Thread-safe.
 *
 * <p>Surrogates are keyed by a secret and a case key: the same original gets the same stand-in,
 * and dates the same shift, across every text of one case. Instances sharing a secret agree.
 */
public final class TextDeidentifier {

    private final PhiScanner scanner = new PhiScanner();
    private final byte[] secret;

    /** With a random secret: surrogates agree only within this instance. */
    public TextDeidentifier() {
        this(randomSecret());
    }

    public TextDeidentifier(byte[] secret) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("a surrogate secret must not be empty");
        }
        this.secret = secret.clone();
    }

    public static TextDeidentifier withSecret(String secret) {
        return new TextDeidentifier(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The PHI spans of a text, in order and not overlapping. */
    public List<PhiFinding> find(String text, KnownIdentifiers known) {
        return scanner.scan(text, known == null ? KnownIdentifiers.none() : known);
    }

    public TextDeidentificationResult deidentify(String text, KnownIdentifiers known, TextDeidentificationMode mode) {
        return deidentify(text, known, mode, "");
    }

    /**
     * @param caseKey what ties texts together for surrogates (a case or exam id); texts with the
     *        same key get the same stand-ins and the same date shift
     */
    public TextDeidentificationResult deidentify(String text, KnownIdentifiers known, TextDeidentificationMode mode,
            String caseKey) {
        List<PhiFinding> findings = find(text, known);
        Surrogates surrogates = mode == TextDeidentificationMode.SURROGATES ? new Surrogates(secret, caseKey) : null;
        StringBuilder out = new StringBuilder(text.length() + findings.size() * 8);
        int copied = 0;
        for (PhiFinding finding : findings) {
            out.append(text, copied, finding.start());
            String original = text.substring(finding.start(), finding.end());
            out.append(surrogates == null ? finding.category().tag() : surrogates.replace(original, finding.category()));
            copied = finding.end();
        }
        out.append(text, copied, text.length());
        return new TextDeidentificationResult(out.toString(), findings);
    }

    private static byte[] randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
