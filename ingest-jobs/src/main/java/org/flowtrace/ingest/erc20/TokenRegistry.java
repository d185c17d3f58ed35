package org.flowtrace.ingest.erc20;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowtrace.graph.model.Chain;

/**
 * The tokens whose decimals are known: the list shipped with flowtrace ({@code tokens.csv} beside this
 * class: the major stablecoins and wrapped coins on Ethereum, USDT and USDC on TRON), plus tokens whose
 * decimals an export states (an ethereum-etl {@code tokens.csv}, a recorded {@code decimals()} call).
 * The shipped list wins over an export. A token in neither is never given guessed decimals.
 */
public final class TokenRegistry {

    private static final String RESOURCE = "tokens.csv";

    private final Map<String, Token> tokens;

    private TokenRegistry(Map<String, Token> tokens) {
        this.tokens = Map.copyOf(tokens);
    }

    /** The shipped list. */
    public static TokenRegistry builtIn() {
        var tokens = new HashMap<String, Token>();
        for (var token : shipped()) {
            tokens.put(key(token.chain(), token.contract()), token);
        }
        return new TokenRegistry(tokens);
    }

    /** This registry with {@code learned} added where it has no entry of its own. */
    public TokenRegistry with(Collection<Token> learned) {
        var merged = new HashMap<>(tokens);
        for (var token : learned) {
            merged.putIfAbsent(key(token.chain(), token.contract()), token);
        }
        return new TokenRegistry(merged);
    }

    public Optional<Token> find(Chain chain, String contract) {
        return Optional.ofNullable(tokens.get(key(chain, chain.normalise(contract))));
    }

    /** The token of {@code chain} with this symbol (case-insensitive), if exactly one has it. */
    public Optional<Token> bySymbol(Chain chain, String symbol) {
        var matches = tokens.values().stream()
                .filter(token -> token.chain() == chain && token.symbol().equalsIgnoreCase(symbol.strip()))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    public int size() {
        return tokens.size();
    }

    /** The shipped rows, as written (contracts in their checksum spelling), for validation. */
    static List<String[]> shippedRows() {
        try (var in = TokenRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("token list " + RESOURCE + " missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("chain,"))
                    .map(line -> line.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<Token> shipped() {
        return shippedRows().stream()
                .map(row -> new Token(
                        Chain.valueOf(row[0]),
                        row[1],
                        row[2],
                        Integer.parseInt(row[3]),
                        "registry",
                        row.length > 5 && "USD".equals(row[5])))
                .toList();
    }

    private static String key(Chain chain, String contract) {
        return chain.name() + ":" + contract;
    }
}
