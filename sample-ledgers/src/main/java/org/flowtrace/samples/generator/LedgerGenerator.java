package org.flowtrace.samples.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code flowtrace generate}: a labelled ledger in the AMLworld layout with a trailing payment
 * {@code Reference} ({@code ledger.csv}, references by {@link RansomReferences}), the FX rates its
 * amounts were converted at ({@code fx-rates.csv}, the {@code ingest fx-rates} layout), the same
 * population's USDT activity on TRON and Ethereum with a TagPack of its exchanges' wallets
 * ({@link ChainDataSet}), the planted scam compounds' STRs, statements, ownership statements and
 * designations ({@link CompoundPlanter}, {@link CompoundFiles}), and the ground truth ({@code truth.json},
 * see {@link GroundTruth}); the
 * formats asked for ({@link GeneratorOptions#formats()}). Deterministic: one random stream seeded by
 * the options, consumed in a fixed order, and no output that depends on hashing or the clock, so the
 * same options give byte-identical files. Streams: the rows are written minute by minute as they are
 * made; only the planted rows (a small share) are held in memory.
 */
public final class LedgerGenerator {

    public static final String LEDGER_FILE = "ledger.csv";
    public static final String FX_RATES_FILE = "fx-rates.csv";
    static final String HEADER =
            "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering,Reference";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    /**
     * What was written.
     *
     * @param rows ledger rows
     * @param chainTransfers on-chain transfers (TRON and Ethereum)
     * @param compounds scam compounds planted
     * @param files the files and folders written, the truth last
     */
    public record Summary(
            long rows,
            long launderingRows,
            int patterns,
            int lookAlikes,
            Path ledger,
            Path truth,
            long chainTransfers,
            int compounds,
            List<Path> files) {}

    private final GeneratorOptions options;

    public LedgerGenerator(GeneratorOptions options) {
        this.options = options;
    }

    /** Writes the files; {@code progress} hears the rows written so far, about every million. */
    public Summary generate(LongConsumer progress) {
        var random = new SplittableRandom(options.seed());
        var population = new Population(options.accounts(), random.split());
        var planter = new PatternPlanter(population, random.split(), options.days());
        long launderingTarget = Math.round(options.transfers() * options.launderingRate());
        long planted = 0;
        while (planted < launderingTarget) {
            planted += planter.plantLaundering();
        }
        long launderingRows = planted;
        // about as many look-alike rows as laundering ones, so that a detector is tested on both
        while (planted < 2 * launderingRows && planted < options.transfers() / 2) {
            planted += planter.plantLookAlike();
        }
        if (planted > options.transfers()) {
            throw new IllegalArgumentException("too few --transfers for the planted patterns: " + planted + " needed");
        }
        var patterns = planter.patterns();
        var start = LocalDateTime.ofInstant(options.start(), ZoneOffset.UTC);
        var compounds = new CompoundPlanter(
                        population,
                        random.split(),
                        options.days(),
                        start,
                        "flowtrace-generated-" + options.seed() + "-")
                .plant(CompoundPlanter.compounds(options.accounts()));
        var compoundTruth = new CompoundTruth(population, compounds);
        var compoundRows = compoundTruth.ledgerRows(patterns.size());
        planted += compoundRows.size();
        launderingRows += compoundRows.size();
        if (planted > options.transfers()) {
            throw new IllegalArgumentException("too few --transfers for the planted patterns: " + planted + " needed");
        }
        var plannedRows = new ArrayList<PlannedRow>();
        patterns.forEach(pattern -> plannedRows.addAll(pattern.rows()));
        plannedRows.addAll(compoundRows);
        plannedRows.sort(Comparator.comparingLong(PlannedRow::minute)); // stable: planting order within a minute
        var lines = new ArrayList<List<Long>>();
        patterns.forEach(pattern -> lines.add(new ArrayList<>()));
        for (int g = 0; g < compoundTruth.groups(); g++) {
            lines.add(new ArrayList<>());
        }

        var clock = new ActivityClock(
                options.days(),
                options.transfers() - planted,
                start.getDayOfWeek().getValue() - 1);
        var background = new BackgroundActivity(population, random.split());
        var references = new RansomReferences(random.split());
        var chainRandom = random.split();
        var ledger = options.out().resolve(LEDGER_FILE);
        boolean writesLedger = options.writes(DataSetFormat.LEDGER);
        var ransoms = new ArrayList<GroundTruth.Payment>();
        var remittances = new ArrayList<GroundTruth.Payment>();
        long line = 1;
        try {
            Files.createDirectories(options.out());
            try (BufferedWriter out = writesLedger
                    ? Files.newBufferedWriter(ledger, StandardCharsets.UTF_8)
                    : new BufferedWriter(Writer.nullWriter())) {
                out.write(HEADER);
                out.write('\n');
                var row = new StringBuilder(160);
                int next = 0;
                for (long m = 0; m < clock.minutes(); m++) {
                    var minute = MINUTE.format(start.plusMinutes(m));
                    while (next < plannedRows.size() && plannedRows.get(next).minute() <= m) {
                        var planned = plannedRows.get(next++);
                        // compound rows (groups after the patterns) are all laundering
                        boolean compoundRow = planned.pattern() >= patterns.size();
                        var pattern = compoundRow ? null : patterns.get(planned.pattern());
                        boolean laundering = compoundRow || pattern.typology().laundering();
                        var reference = pattern == null
                                ? references.background(population, planned.from(), planned.to(), planned.format())
                                : references.planted(pattern, planned);
                        var payments = pattern == null
                                ? null
                                : pattern.typology() == Typology.FAMILY_REMITTANCE
                                        ? remittances
                                        : pattern.typology() == Typology.RANSOM
                                                        && planned.to()
                                                                == pattern.accounts()
                                                                        .get(0)
                                                ? ransoms
                                                : null;
                        if (payments != null) {
                            payments.add(payment(population, start.plusMinutes(m), planned, pattern.id(), reference));
                        }
                        write(
                                out,
                                row,
                                minute,
                                population,
                                planned.from(),
                                planned.to(),
                                planned.usd(),
                                planned.format(),
                                laundering,
                                reference);
                        lines.get(planned.pattern()).add(++line);
                    }
                    for (long r = clock.rowsIn(m); r > 0; r--) {
                        var ordinary = background.next();
                        write(
                                out,
                                row,
                                minute,
                                population,
                                ordinary.from(),
                                ordinary.to(),
                                ordinary.usd(),
                                ordinary.format(),
                                false,
                                references.background(population, ordinary.from(), ordinary.to(), ordinary.format()));
                        if (++line % 1_000_000 == 1) {
                            progress.accept(line - 1);
                        }
                    }
                }
                if (next != plannedRows.size()) {
                    throw new IllegalStateException("planted rows beyond the period: " + (plannedRows.size() - next));
                }
            }
            var files = new ArrayList<Path>();
            if (writesLedger) {
                writeFxRates(options.out().resolve(FX_RATES_FILE), start, options.days());
                files.add(ledger);
                files.add(options.out().resolve(FX_RATES_FILE));
            }
            int bankRansoms = (int) patterns.stream()
                    .filter(p -> p.typology() == Typology.RANSOM)
                    .count();
            var chain = new ChainDataSet(options, population, chainRandom, patterns.size(), bankRansoms).write();
            var compoundFiles = new CompoundFiles(population, compounds, start, options.days())
                    .write(options.out(), options.formats());
            compoundFiles.paths().forEach(file -> files.add(options.out().resolve(file)));
            var truth = options.out().resolve(GroundTruth.FILE_NAME);
            var entries = new ArrayList<GroundTruth.Pattern>();
            for (int p = 0; p < patterns.size() && writesLedger; p++) {
                var pattern = patterns.get(p);
                entries.add(new GroundTruth.Pattern(
                        pattern.id(),
                        pattern.typology().name(),
                        pattern.typology().laundering(),
                        pattern.accounts().stream().map(population::key).toList(),
                        List.copyOf(lines.get(p))));
            }
            entries.addAll(chain.patterns());
            int lookAlikes = (int) entries.stream().filter(p -> !p.laundering()).count();
            if (!writesLedger) {
                ransoms.clear();
                remittances.clear();
                launderingRows = 0;
                line = 1;
            }
            ransoms.addAll(chain.ransoms());
            remittances.addAll(chain.remittances());
            for (var folder : new String[] {chain.tron(), chain.ethereum(), chain.tagpacks()}) {
                if (folder != null) {
                    files.add(options.out().resolve(folder));
                }
            }
            files.add(truth);
            var groupLines = lines.subList(patterns.size(), lines.size());
            JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()
                    .writeValue(
                            truth.toFile(),
                            new GroundTruth(
                                    GroundTruth.VERSION,
                                    options.seed(),
                                    options.accounts(),
                                    options.transfers(),
                                    options.launderingRate(),
                                    options.start().toString(),
                                    options.days(),
                                    new GroundTruth.Files(
                                            writesLedger ? LEDGER_FILE : null,
                                            writesLedger ? FX_RATES_FILE : null,
                                            chain.tron(),
                                            chain.tron() == null ? null : chain.tronFiles(),
                                            chain.ethereum(),
                                            chain.tagpacks(),
                                            compoundFiles.goaml(),
                                            compoundFiles.camt053(),
                                            compoundFiles.bods(),
                                            compoundFiles.designations()),
                                    PatternPlanter.REPORTING_THRESHOLD_USD.toPlainString(),
                                    entries,
                                    ransoms,
                                    remittances,
                                    compoundTruth.workers(groupLines),
                                    compoundTruth.operators(groupLines),
                                    compoundTruth.mules(groupLines),
                                    compoundTruth.lookAlikes(),
                                    compoundTruth.reports(),
                                    compoundTruth.statements()));
            return new Summary(
                    line - 1,
                    launderingRows,
                    entries.size() - lookAlikes,
                    lookAlikes,
                    ledger,
                    truth,
                    chain.transfers(),
                    compounds.compounds().size(),
                    List.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + options.out(), e);
        }
    }

    /** The rates the amounts were converted at, for every day and currency, in the fx-rates layout. */
    private static void writeFxRates(Path file, LocalDateTime start, int days) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,currency,usd_per_unit,source\n");
            for (int day = 0; day < days; day++) {
                var date = start.toLocalDate().plusDays(day);
                for (var currency : Currencies.values()) {
                    if (currency != Currencies.USD) {
                        out.write(date + "," + currency.name() + ","
                                + currency.usdPerUnit().toPlainString()
                                + ",flowtrace generate (fixed illustrative rates)\n");
                    }
                }
            }
        }
    }

    /** A ransom or remittance payment as the truth lists it, keyed as flowtrace will store its row. */
    private static GroundTruth.Payment payment(
            Population population, LocalDateTime at, PlannedRow row, String pattern, String reference) {
        var paid = population.currency(row.from());
        var received = population.currency(row.to());
        var key = LedgerTransferKey.of(
                population.bank(row.from()),
                population.number(row.from()),
                population.bank(row.to()),
                population.number(row.to()),
                at.toInstant(ZoneOffset.UTC).toString(),
                paid.fromUsd(row.usd()),
                paid,
                received.fromUsd(row.usd()),
                received,
                row.format(),
                reference);
        return new GroundTruth.Payment(
                pattern,
                DataSetFormat.LEDGER.optionName(),
                key,
                population.key(row.from()),
                population.key(row.to()),
                row.usd().toPlainString(),
                reference.isEmpty() ? null : reference);
    }

    private static void write(
            BufferedWriter out,
            StringBuilder row,
            String minute,
            Population population,
            int from,
            int to,
            BigDecimal usd,
            String format,
            boolean laundering,
            String reference)
            throws IOException {
        var paid = population.currency(from);
        var received = population.currency(to);
        row.setLength(0);
        row.append(minute)
                .append(',')
                .append(population.bank(from))
                .append(',')
                .append(population.number(from))
                .append(',')
                .append(population.bank(to))
                .append(',')
                .append(population.number(to))
                .append(',')
                .append(received.fromUsd(usd))
                .append(',')
                .append(received.amlworldName())
                .append(',')
                .append(paid.fromUsd(usd))
                .append(',')
                .append(paid.amlworldName())
                .append(',')
                .append(format)
                .append(',')
                .append(laundering ? '1' : '0')
                .append(',')
                .append(reference)
                .append('\n');
        out.append(row);
    }
}
