package org.flowtrace.samples.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.flowtrace.graph.model.Chain;
import org.jspecify.annotations.Nullable;

/**
 * The on-chain part of a data set: the population's wallets ({@link WalletPopulation}), ordinary USDT
 * activity on TRON and Ethereum ({@link ChainActivity}; one on-chain transfer for every ten ledger
 * rows, three in four on TRON), planted peel chains and exchange payouts ({@link PeelChainPlanter}),
 * ransoms paid in USDT on TRON and as many family remittances ({@link TronRansomPlanter}), written as TronGrid pages, an ethereum-etl
 * export and a TagPack of the exchanges' wallets. Its random stream is split in a fixed order whatever
 * formats are written, so a chain's files are the same with or without the others.
 */
final class ChainDataSet {

    static final String TRON_FOLDER = "tron";
    static final String ETHEREUM_FOLDER = "ethereum";

    /**
     * What was written, for the ground truth.
     *
     * @param patterns the patterns on the chains written
     * @param ransoms the ransom payments on TRON, if it was written
     * @param remittances the payments of the family-remittance look-alikes on TRON, likewise
     * @param tronFiles the TronGrid files, relative to the data set, empty when TRON was not written
     */
    record Written(
            List<GroundTruth.Pattern> patterns,
            List<GroundTruth.Payment> ransoms,
            List<GroundTruth.Payment> remittances,
            long transfers,
            @Nullable String tron,
            List<String> tronFiles,
            @Nullable String ethereum,
            @Nullable String tagpacks) {}

    private final GeneratorOptions options;
    private final WalletPopulation wallets;
    private final List<ChainPattern> patterns = new ArrayList<>();
    private final SplittableRandom tronRandom;
    private final SplittableRandom ethereumRandom;
    private final int firstIndex;

    /**
     * @param firstIndex the truth index of the first chain pattern (after the ledger's)
     * @param bankRansoms ransoms planted in the ledger: half as many again are paid on TRON
     */
    ChainDataSet(
            GeneratorOptions options, Population population, SplittableRandom random, int firstIndex, int bankRansoms) {
        this.options = options;
        this.firstIndex = firstIndex;
        this.wallets = new WalletPopulation(population, random.split());
        var peels = new PeelChainPlanter(wallets, random.split(), options.days());
        var ransoms = new TronRansomPlanter(wallets, random.split(), options.days());
        this.tronRandom = random.split();
        this.ethereumRandom = random.split();
        long background = backgroundTransfers();
        int peelChains = (int) Math.max(3, Math.round(background * options.launderingRate() / 30));
        int index = firstIndex;
        for (int i = 0; i < peelChains; i++) {
            patterns.add(peels.peelChain(index++));
        }
        for (int i = 0; i < Math.max(2, (peelChains + 1) / 2); i++) {
            patterns.add(peels.exchangePayouts(index++));
        }
        int tronRansoms = Math.max(2, (bankRansoms + 1) / 2);
        for (int i = 0; i < tronRansoms; i++) {
            patterns.add(ransoms.ransom(index++));
        }
        for (int i = 0; i < tronRansoms; i++) {
            patterns.add(ransoms.remittance(index++));
        }
    }

    /** Ordinary on-chain transfers: one for every ten ledger rows. */
    private long backgroundTransfers() {
        return options.transfers() / 10;
    }

    Written write() throws IOException {
        var ids = new ArrayList<List<String>>();
        patterns.forEach(p -> ids.add(new ArrayList<>()));
        var ransoms = new ArrayList<GroundTruth.Payment>();
        var remittances = new ArrayList<GroundTruth.Payment>();
        long tronCount = backgroundTransfers() * 3 / 4;
        long written = 0;
        String tron = null;
        List<String> tronFiles = List.of();
        if (options.writes(DataSetFormat.TRON)) {
            try (var writer = new TronExportWriter(options.out().resolve(TRON_FOLDER), options.start())) {
                written += write(Chain.TRON, tronCount, tronRandom, writer::write, ids, ransoms, remittances);
                tron = TRON_FOLDER;
                tronFiles =
                        writer.files().stream().map(f -> TRON_FOLDER + "/" + f).toList();
            }
        }
        String ethereum = null;
        if (options.writes(DataSetFormat.ETHEREUM)) {
            try (var writer = new EthereumExportWriter(options.out().resolve(ETHEREUM_FOLDER), options.start())) {
                written += write(
                        Chain.ETHEREUM,
                        backgroundTransfers() - tronCount,
                        ethereumRandom,
                        writer::write,
                        ids,
                        ransoms,
                        remittances);
                ethereum = ETHEREUM_FOLDER;
            }
        }
        String tagpacks = null;
        if (options.writes(DataSetFormat.TAGPACKS)) {
            tagpacks = ExchangeTagPackWriter.write(
                    options.out(),
                    wallets,
                    EnumSet.of(Chain.TRON, Chain.ETHEREUM),
                    options.seed(),
                    LocalDate.ofInstant(options.start(), ZoneOffset.UTC));
        }
        var entries = new ArrayList<GroundTruth.Pattern>();
        for (var pattern : patterns) {
            var format = pattern.wallets().get(0).chain() == Chain.TRON ? DataSetFormat.TRON : DataSetFormat.ETHEREUM;
            if (options.writes(format)) {
                entries.add(new GroundTruth.Pattern(
                        pattern.id(),
                        pattern.typology().name(),
                        pattern.typology().laundering(),
                        pattern.wallets().stream().map(ChainWallet::key).toList(),
                        List.of(),
                        ids.get(pattern.index() - firstIndex)));
            }
        }
        return new Written(entries, ransoms, remittances, written, tron, tronFiles, ethereum, tagpacks);
    }

    /** A writer of one chain's transfers that answers each transfer's key. */
    @FunctionalInterface
    private interface TransferWriter {
        String write(ChainTransferPlan transfer) throws IOException;
    }

    /** Writes one chain's ordinary and planted transfers in time order; returns how many. */
    private long write(
            Chain chain,
            long count,
            SplittableRandom random,
            TransferWriter writer,
            List<List<String>> ids,
            List<GroundTruth.Payment> ransoms,
            List<GroundTruth.Payment> remittances)
            throws IOException {
        var planted = new ArrayList<ChainTransferPlan>();
        patterns.stream().filter(p -> p.wallets().get(0).chain() == chain).forEach(p -> planted.addAll(p.transfers()));
        planted.sort(Comparator.comparingLong(ChainTransferPlan::second)); // stable: planting order within a second
        var start = options.start().atZone(ZoneOffset.UTC);
        var clock =
                new ActivityClock(options.days(), count, start.getDayOfWeek().getValue() - 1);
        var background = new ChainActivity(wallets, chain, random);
        long written = 0;
        int next = 0;
        for (long m = 0; m < clock.minutes(); m++) {
            var seconds = new long[(int) clock.rowsIn(m)];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = m * 60 + random.nextInt(60);
            }
            Arrays.sort(seconds);
            for (long second : seconds) {
                while (next < planted.size() && planted.get(next).second() <= second) {
                    writePlanted(planted.get(next++), writer, ids, ransoms, remittances);
                    written++;
                }
                writer.write(background.next(second));
                written++;
            }
            while (next < planted.size() && planted.get(next).second() < (m + 1) * 60) {
                writePlanted(planted.get(next++), writer, ids, ransoms, remittances);
                written++;
            }
        }
        if (next != planted.size()) {
            throw new IllegalStateException("planted transfers beyond the period: " + (planted.size() - next));
        }
        return written;
    }

    private void writePlanted(
            ChainTransferPlan transfer,
            TransferWriter writer,
            List<List<String>> ids,
            List<GroundTruth.Payment> ransoms,
            List<GroundTruth.Payment> remittances)
            throws IOException {
        var key = writer.write(transfer);
        ids.get(transfer.pattern() - firstIndex).add(key);
        if (transfer.payment()) {
            var pattern = patterns.get(transfer.pattern() - firstIndex);
            var payments = pattern.typology() == Typology.RANSOM ? ransoms : remittances;
            payments.add(new GroundTruth.Payment(
                    pattern.id(),
                    transfer.chain() == Chain.TRON
                            ? DataSetFormat.TRON.optionName()
                            : DataSetFormat.ETHEREUM.optionName(),
                    key,
                    transfer.from().key(),
                    transfer.to().key(),
                    BigDecimal.valueOf(transfer.raw(), ChainTransferPlan.USDT_DECIMALS)
                            .setScale(2, RoundingMode.HALF_EVEN)
                            .toPlainString(),
                    null));
        }
    }
}
