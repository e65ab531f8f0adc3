package org.peerlearning.deidentification.text;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.peerlearning.deidentification.PhiCategory;

/**
 * Realistic stand-ins for PHI, consistent within a case: every choice is drawn from a keyed hash
 * of (secret, case key, original), so the same original always gets the same stand-in in the
 * same case and different ones across cases, and nobody without the secret can reverse them.
 */
public final class Surrogates {

    private static final String[] PLACE_ENDINGS = {"ville", "ton", "field", "brook", "dale", "ford", "wood"};
    private static final String[] STREETS = {"Street", "Avenue", "Road", "Drive", "Crescent", "Lane"};

    private final byte[] secret;
    private final String caseKey;
    private final Lexicon lexicon;
    private final DateShifter dates;

    public Surrogates(byte[] secret, String caseKey) {
        this(secret, caseKey, Lexicon.get());
    }

    Surrogates(byte[] secret, String caseKey, Lexicon lexicon) {
        this.secret = secret.clone();
        this.caseKey = caseKey == null ? "" : caseKey;
        this.lexicon = lexicon;
        long seed = hash("date-shift");
        // Between 30 and 395 days either way: never zero, so no date survives unchanged.
        int days = 30 + (int) Math.floorMod(seed, 366L);
        this.dates = new DateShifter(seed < 0 ? -days : days);
    }

    public int dateShiftDays() {
        return dates.days();
    }

    public String replace(String original, PhiCategory category) {
        return switch (category) {
            case PATIENT_NAME, CLINICIAN_NAME, NAME -> name(original);
            case DATE -> dates.shift(original);
            case AGE -> "90+";
            case EMAIL -> "person" + Math.floorMod(hash("email|" + original.toLowerCase(Locale.ROOT)), 100000) + "@example.org";
            case ADDRESS -> address(original);
            case FACILITY -> capitalise(pick(lexicon.surrogateSurnames, "facility|" + key(original)), original)
                    + (original.toLowerCase(Locale.ROOT).matches(".*\\b(?:hosp|hospital|memorial|clinic)\\b.*") ? " Hospital" : "");
            case LOCATION -> capitalise(pick(lexicon.surrogateSurnames, "place|" + key(original))
                    + PLACE_ENDINGS[(int) Math.floorMod(hash("ending|" + key(original)), PLACE_ENDINGS.length)], original);
            case UID -> "2.25." + Long.toUnsignedString(hash("uid|" + original)) + Long.toUnsignedString(hash("uid2|" + original));
            case POSTAL_CODE, PHONE, MRN, ACCESSION, OHIP, ID -> scramble(original, category);
        };
    }

    /** Each word of a name maps on its own, so "John Smith" and later "Smith" stay consistent. */
    private String name(String original) {
        StringBuilder out = new StringBuilder(original.length() + 8);
        Tokens tokens = new Tokens(original);
        int copied = 0;
        for (int i = 0; i < tokens.size; i++) {
            out.append(original, copied, tokens.start[i]);
            String word = original.substring(tokens.start[i], tokens.end[i]);
            if (tokens.kind[i] != Tokens.WORD) {
                out.append(word);
            } else if (word.length() == 1) {
                char letter = (char) ('A' + Math.floorMod(hash("initial|" + word.toLowerCase(Locale.ROOT)), 26));
                out.append(Character.isLowerCase(word.charAt(0)) ? Character.toLowerCase(letter) : letter);
            } else {
                String lower = tokens.lower[i];
                List<String> pool = lexicon.isGivenName(lower) && !lexicon.isSurname(lower)
                        ? lexicon.surrogateGivenNames : lexicon.surrogateSurnames;
                String pick = pick(pool, "name|" + lower);
                out.append(capitalise(pick.equals(lower) ? pick(pool, "name2|" + lower) : pick, word));
            }
            copied = tokens.end[i];
        }
        out.append(original, copied, original.length());
        return out.toString();
    }

    private String address(String original) {
        long h = hash("address|" + key(original));
        int number = 10 + (int) Math.floorMod(h, 9000L);
        String street = capitalise(pick(lexicon.surrogateSurnames, "street|" + key(original)), "Xx");
        return number + " " + street + " " + STREETS[(int) Math.floorMod(h >>> 20, STREETS.length)];
    }

    /** Keeps the shape (separators, letters, digits) and replaces every letter and digit. */
    private String scramble(String original, PhiCategory category) {
        long h = hash(category.name() + "|" + original.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            h = h * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (h >>> 33);
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Math.floorMod(r, 10)));
            } else if (Character.isUpperCase(c)) {
                out.append((char) ('A' + Math.floorMod(r, 26)));
            } else if (Character.isLowerCase(c)) {
                out.append((char) ('a' + Math.floorMod(r, 26)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String pick(List<String> pool, String key) {
        return pool.get((int) Math.floorMod(hash(key), (long) pool.size()));
    }

    private static String key(String original) {
        return original.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Writes a lower-case word the way the original was written: CAPITALS, lower or Title. */
    static String capitalise(String word, String like) {
        boolean anyLower = like.chars().anyMatch(Character::isLowerCase);
        boolean anyUpper = like.chars().anyMatch(Character::isUpperCase);
        if (anyUpper && !anyLower && like.length() > 1) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (anyLower && !anyUpper) {
            return word.toLowerCase(Locale.ROOT);
        }
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private long hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(caseKey.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return ByteBuffer.wrap(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
