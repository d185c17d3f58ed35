package org.flowtrace.graph.explore;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of element an investigator names by kind and key: nodes by their unique {@code key}, and
 * transfers, which are {@code TRANSFER} relationships, by their unique {@code id}. The last four kinds
 * ({@link #IDENTIFIER}, {@link #ADDRESS}, {@link #DESIGNATION}, {@link #TAG}) are the context nodes a
 * neighbourhood shows around parties and wallets; search does not look for them. Cypher labels are
 * rendered from these constants, never from input.
 */
public enum ElementKind {
    PARTY("Party"),
    ACCOUNT("Account"),
    WALLET("Wallet"),
    TRANSFER(null),
    REPORT("Report"),
    FINDING("Finding"),
    CASE("Case"),
    IDENTIFIER("Identifier"),
    ADDRESS("Address"),
    DESIGNATION("Designation"),
    TAG("Tag");

    private final @Nullable String cypherLabel;

    ElementKind(@Nullable String cypherLabel) {
        this.cypherLabel = cypherLabel;
    }

    /**
     * The kind named in lower case ({@code party}, {@code account}, {@code wallet}, {@code transfer},
     * {@code report}, {@code finding}, {@code case} …).
     *
     * @throws IllegalArgumentException naming the accepted values, for any other name
     */
    public static ElementKind parse(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.apiName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown element kind '" + name + "'; accepted: "
                        + Arrays.stream(values()).map(ElementKind::apiName).collect(Collectors.joining(", "))));
    }

    /** The kind of a node with these labels, if it is one of these kinds. */
    static Optional<ElementKind> ofLabels(Iterable<String> labels) {
        for (var kind : values()) {
            for (var label : labels) {
                if (label.equals(kind.cypherLabel)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** The name the API uses: the constant in lower case. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether elements of this kind are relationships ({@code TRANSFER}) rather than nodes. */
    public boolean relationship() {
        return cypherLabel == null;
    }

    /** The property that keys elements of this kind: {@code id} for transfers, {@code key} for nodes. */
    public String keyProperty() {
        return relationship() ? "id" : "key";
    }

    /**
     * The node label, quoted for Cypher.
     *
     * @throws IllegalStateException for {@link #TRANSFER}, which is a relationship type
     */
    String cypherLabel() {
        if (cypherLabel == null) {
            throw new IllegalStateException(this + " is a relationship, not a node label");
        }
        return "`" + cypherLabel + "`";
    }
}
