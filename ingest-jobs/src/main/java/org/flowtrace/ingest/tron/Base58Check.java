package org.flowtrace.ingest.tron;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check, the address encoding of Bitcoin and TRON: the payload followed by the first four bytes
 * of its double SHA-256, written in the 58-letter alphabet without {@code 0 O I l}, each leading zero
 * byte as a {@code 1}. (web3j has no Base58; this is the whole algorithm, tested against published
 * TRON address pairs.)
 */
public final class Base58Check {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Check() {}

    /** Encodes {@code payload} with its checksum appended. */
    public static String encode(byte[] payload) {
        var checked = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(checksum(payload), 0, checked, payload.length, 4);
        return encodePlain(checked);
    }

    /**
     * Decodes a Base58Check string into its payload.
     *
     * @throws IllegalArgumentException when a character is outside the alphabet or the checksum fails
     */
    public static byte[] decode(String text) {
        var bytes = decodePlain(text);
        if (bytes.length < 5) {
            throw new IllegalArgumentException("too short for base58check");
        }
        var payload = Arrays.copyOf(bytes, bytes.length - 4);
        var expected = checksum(payload);
        for (int i = 0; i < 4; i++) {
            if (bytes[payload.length + i] != expected[i]) {
                throw new IllegalArgumentException("base58check checksum does not match");
            }
        }
        return payload;
    }

    static String encodePlain(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        var number = new BigInteger(1, bytes);
        var text = new StringBuilder();
        while (number.signum() > 0) {
            var division = number.divideAndRemainder(BASE);
            text.append(ALPHABET.charAt(division[1].intValue()));
            number = division[0];
        }
        text.append("1".repeat(zeros));
        return text.reverse().toString();
    }

    static byte[] decodePlain(String text) {
        var number = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("'" + text.charAt(i) + "' is not a base58 character");
            }
            number = number.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        var magnitude = number.signum() == 0 ? new byte[0] : number.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        var bytes = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, bytes, zeros, magnitude.length - skip);
        return bytes;
    }

    private static byte[] checksum(byte[] payload) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return sha.digest(sha.digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
