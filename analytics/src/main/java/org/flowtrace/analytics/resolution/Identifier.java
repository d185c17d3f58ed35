package org.flowtrace.analytics.resolution;

/**
 * An identifier of a party in the one canonical form that resolution compares: two parties with an
 * equal {@code Identifier} share it.
 *
 * @param kind what it is, which sets how much sharing it counts
 * @param value canonical value: {@code KH:00012345} for a registration, {@code PASSPORT:CN:E12345678}
 *     for a document, {@code +85512345678} for a phone, {@code ETHEREUM:0xd90e…} for a wallet
 */
public record Identifier(Kind kind, String value) {

    /** Kinds of identifier, with the label a reason uses. */
    public enum Kind {
        /** A company registration number with the jurisdiction that issued it. */
        REGISTRATION("registration"),
        /** A Legal Entity Identifier (ISO 17442). */
        LEI("LEI"),
        /** An identity document with its issuing country: passport, national id … */
        DOCUMENT("document"),
        /** A number whose issuer is not known (tax number, SSN, BIC, a registration without jurisdiction). */
        NUMBER("number"),
        EMAIL("e-mail"),
        /** A phone number in E.164 form. */
        PHONE("phone"),
        /** A bank account (IBAN, or the institution and number). */
        ACCOUNT("account"),
        /** A crypto wallet on its chain. */
        WALLET("wallet"),
        /** A postal address (normalised text): weak, many companies share a registered address. */
        ADDRESS("address");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return kind.label() + " " + value;
    }
}
