package org.flowtrace.samples.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.flowtrace.graph.model.Chain;

/**
 * Writes a GraphSense TagPack that tags every exchange wallet of the generated population — cold and
 * hot wallets and deposit addresses, on each chain written — with category {@code exchange} and the
 * exchange as actor, the way a commercial attribution feed would. The header's tag fields (category,
 * currency, confidence, source, lastmod) are inherited by every tag.
 */
final class ExchangeTagPackWriter {

    static final String FOLDER = "tagpacks";
    static final String FILE = "exchanges.yaml";

    private ExchangeTagPackWriter() {}

    /** Writes {@code tagpacks/exchanges.yaml}; returns its path relative to {@code out}. */
    static String write(Path out, WalletPopulation wallets, Set<Chain> chains, long seed, LocalDate lastmod)
            throws IOException {
        var folder = Files.createDirectories(out.resolve(FOLDER));
        try (BufferedWriter yaml = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            yaml.write("# Exchange wallets of a data set of flowtrace generate (seed " + seed + "); fictional.\n");
            yaml.write("title: Exchange wallets (flowtrace generate, seed " + seed + ")\n");
            yaml.write("creator: flowtrace generate\n");
            yaml.write("description: Fictional attribution of the generated exchanges' wallets.\n");
            yaml.write("is_public: true\n");
            yaml.write("category: exchange\n");
            yaml.write("currency: USDT\n");
            yaml.write("confidence: service_data\n");
            yaml.write("source: https://example.org/flowtrace/generate\n");
            yaml.write("lastmod: " + lastmod + "\n");
            yaml.write("tags:\n");
            for (var chain : new Chain[] {Chain.TRON, Chain.ETHEREUM}) {
                if (!chains.contains(chain)) {
                    continue;
                }
                var network = chain == Chain.TRON ? "TRX" : "ETH";
                for (var wallet : wallets.exchangeWallets(chain)) {
                    var name = wallets.exchangeName(wallet.exchange());
                    yaml.write("- address: '" + wallet.wallet().address() + "'\n");
                    yaml.write("  network: " + network + "\n");
                    yaml.write("  label: " + name + " " + wallet.role() + "\n");
                    yaml.write("  actor: " + name.toLowerCase(Locale.ROOT).replace(' ', '-') + "\n");
                }
            }
        }
        return FOLDER + "/" + FILE;
    }
}
