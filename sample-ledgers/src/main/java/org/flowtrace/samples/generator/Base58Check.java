package org.flowtrace.samples.generator;

import java.math.BigInteger;
import java.util.Arrays;
import org.flowtrace.graph.model.Sha256;

/**
 * Base58Check, the spelling of TRON addresses: the payload followed by the first four bytes of its
 * double SHA-256, written in the 58-letter alphabet without {@code 0 O I l}, each leading zero byte as
 * a {@code 1}.
 */
final class Base58Check {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Check() {}

    static String encode(byte[] payload) {
        var digest = Sha256.digest();
        var checksum = digest.digest(digest.digest(payload));
        var checked = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(checksum, 0, checked, payload.length, 4);
        int zeros = 0;
        while (zeros < checked.length && checked[zeros] == 0) {
            zeros++;
        }
        var number = new BigInteger(1, checked);
        var text = new StringBuilder(40);
        while (number.signum() > 0) {
            var division = number.divideAndRemainder(BASE);
            text.append(ALPHABET.charAt(division[1].intValue()));
            number = division[0];
        }
        text.append("1".repeat(zeros));
        return text.reverse().toString();
    }
}
