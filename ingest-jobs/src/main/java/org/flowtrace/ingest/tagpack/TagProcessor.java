package org.flowtrace.ingest.tagpack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Sha256;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.RunSource;
import org.flowtrace.ingest.support.WalletAddresses;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Turns a TagPack tag into a {@link WalletTag}, or rejects it naming the field and reason.
 *
 * <p>The chain comes from {@code network} when the tag has one, else from {@code currency}: ETH →
 * Ethereum, TRX → TRON, BTC → Bitcoin. USDT and USDC tags without a network are placed by the
 * address's shape: a valid {@code T…} address on TRON, a {@code 0x} address on Ethereum (an EVM
 * address is the same key holder on every EVM chain; a pack that names the network is taken at its
 * word). Other networks are rejected: flowtrace keeps no wallets there. Addresses are validated: EVM hex
 * (mixed case must match its EIP-55 checksum), TRON and legacy Bitcoin base58check, Bitcoin bech32 by
 * its shape.
 *
 * <p>Stored: label, category, abuse, concepts, actor, source, confidence (with its GraphSense level,
 * 5–100), context, lastmod, and the pack's title and creator. A tag in the {@code exchange} category
 * (or concept) marks its wallet custodial.
 */
public final class TagProcessor implements ItemProcessor<TagRecord, WalletTag>, StepExecutionListener {

    /** GraphSense's confidence vocabulary (tagpack-tool {@code confidence.csv}) and its levels. */
    static final Map<String, Integer> CONFIDENCE_LEVELS = Map.ofEntries(
            Map.entry("override", 100),
            Map.entry("ownership", 100),
            Map.entry("ledger_immanent", 100),
            Map.entry("manual_transaction", 90),
            Map.entry("service_api", 70),
            Map.entry("forensic_investigation", 70),
            Map.entry("authority_data", 60),
            Map.entry("trusted_provider", 50),
            Map.entry("service_data", 50),
            Map.entry("forensic", 50),
            Map.entry("untrusted_transaction", 40),
            Map.entry("web_crawl", 20),
            Map.entry("heuristic", 10),
            Map.entry("unknown", 5));

    private static final String EXCHANGE = "exchange";

    private @Nullable RunSource run;

    public TagProcessor() {}

    /** For tests: a processor that already knows its run. */
    TagProcessor(RunSource run) {
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.run = RunSource.of(stepExecution);
    }

    @Override
    public WalletTag process(TagRecord tag) {
        var address = required(tag, "address");
        var label = required(tag, "label");
        var source = required(tag, "source");
        var chain = chain(tag, address);
        WalletAddresses.Parsed parsed;
        try {
            parsed = WalletAddresses.parse(chain, address);
        } catch (IllegalArgumentException e) {
            throw malformed(tag, "address", String.valueOf(e.getMessage()));
        }
        var wallet = parsed.wallet();
        var hex = parsed.hex();
        var properties = new HashMap<String, Object>();
        properties.put("label", label);
        properties.put("source", source);
        properties.put("pack", tag.pack());
        properties.put("creator", tag.creator());
        properties.put("chain", chain.name());
        var concepts = concepts(tag);
        if (!concepts.isEmpty()) {
            properties.put("concepts", concepts);
        }
        for (var field : List.of(
                "category", "abuse", "actor", "confidence", "context", "lastmod", "currency", "network", "tag_type")) {
            var value = text(tag, field);
            if (value != null) {
                properties.put(field, value);
            }
        }
        var confidence = text(tag, "confidence");
        if (confidence != null && CONFIDENCE_LEVELS.containsKey(confidence)) {
            properties.put("confidenceLevel", CONFIDENCE_LEVELS.get(confidence));
        }
        var category = text(tag, "category");
        boolean custodial = EXCHANGE.equals(category) || concepts.contains(EXCHANGE);
        var tagKey = "tag:"
                + Sha256.hex(String.join(
                        "\u001f",
                        wallet.key(),
                        label,
                        source,
                        nonNull(category),
                        nonNull(text(tag, "abuse")),
                        nonNull(text(tag, "actor")),
                        nonNull(confidence),
                        nonNull(text(tag, "context")),
                        String.join(",", concepts)));
        return new WalletTag(wallet, hex, tagKey, properties, custodial, text(tag, "actor"), run().at(tag.locator()));
    }

    private Chain chain(TagRecord tag, String address) {
        var network = text(tag, "network");
        var currency = text(tag, "currency");
        var named = network != null ? network : currency;
        var field = network != null ? "network" : "currency";
        if (named == null) {
            throw malformed(tag, "currency", "missing value");
        }
        switch (named.strip().toUpperCase(Locale.ROOT)) {
            case "ETH":
                return Chain.ETHEREUM;
            case "TRX":
                return Chain.TRON;
            case "BTC":
                return Chain.BITCOIN;
            case "USDT", "USDC":
                if (network == null) {
                    var byShape = WalletAddresses.stablecoinChain(address);
                    if (byShape.isPresent()) {
                        return byShape.get();
                    }
                    throw malformed(
                            tag,
                            "address",
                            named
                                    + " address of a network flowtrace does not store (neither a TRON T… nor an 0x address)");
                }
                break;
            default:
                break;
        }
        throw malformed(
                tag,
                field,
                field + " " + named + " is not a chain flowtrace stores (ETH, TRX, BTC, and USDT/USDC on them)");
    }

    private static List<String> concepts(TagRecord tag) {
        var node = tag.fields().get("concepts");
        var concepts = new ArrayList<String>();
        if (node != null && node.isArray()) {
            node.forEach(concept -> concepts.add(concept.asString()));
        }
        return concepts;
    }

    private String required(TagRecord tag, String field) {
        var value = text(tag, field);
        if (value == null) {
            throw malformed(tag, field, "missing value");
        }
        return value;
    }

    private static @Nullable String text(TagRecord tag, String field) {
        JsonNode node = tag.fields().get(field);
        if (node == null || node.isNull() || node.isContainer()) {
            return null;
        }
        var text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private MalformedRecordException malformed(TagRecord tag, String field, String reason) {
        return new MalformedRecordException(run().input(), tag.locator(), field, reason);
    }

    private RunSource run() {
        if (run == null) {
            throw new IllegalStateException("tag processor used outside its step");
        }
        return run;
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}
