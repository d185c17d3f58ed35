package org.flowtrace.ingest.support;

import java.util.Locale;

/**
 * Recognises IBANs written where a source allows any account id (camt's {@code Acct/Id/Othr/Id}, a
 * FollowTheMoney {@code accountNumber}), so that one account keys the same ({@code IBAN:<IBAN>})
 * whichever field names it. The check is ISO 13616's: two letters, two
 * check digits, up to 30 alphanumerics, and the whole mod 97 equal to 1. (Eight lines; a validation
 * library would bring a dependency tree for this one check.)
 */
public final class Iban {

    private Iban() {}

    /** The IBAN without spaces, upper-cased. */
    public static String normalise(String iban) {
        return iban.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String text) {
        var iban = normalise(text);
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        var rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }
}
