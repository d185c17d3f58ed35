package org.flowtrace.graph.model;

import java.util.Objects;

/**
 * A bank account: the institution that keeps it (BIC, national bank code or a data set's bank id)
 * and the account number or IBAN as that institution writes it. Key: {@code institution:number},
 * both stripped and with spaces removed from the number.
 */
public record AccountRef(String institution, String number) implements Endpoint {

    public AccountRef {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(number, "number");
        institution = institution.strip();
        number = number.replace(" ", "").strip();
        if (number.isEmpty()) {
            throw new IllegalArgumentException("account number is empty");
        }
    }

    @Override
    public String key() {
        return institution + ":" + number;
    }

    @Override
    public EndpointLabel label() {
        return EndpointLabel.ACCOUNT;
    }
}
