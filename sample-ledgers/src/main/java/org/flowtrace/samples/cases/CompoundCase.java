package org.flowtrace.samples.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The fictional Naga Garden compound case (resources {@code ledgers/compound-case/}, story and file
 * formats in its README): the files, in the order they are loaded, and a copy of them on disk.
 */
public final class CompoundCase {

    /** One file of the case and what reads it. */
    public record CaseFile(String path, Format format) {}

    /** The ingest command that reads a case file. */
    public enum Format {
        LEDGER,
        LEDGER_MAPPING,
        GOAML,
        CAMT053,
        ETHEREUM_EXPORT,
        TRON_EXPORT,
        TAGPACK,
        BODS,
        DESIGNATIONS,
        FX_RATES,
        DOCUMENT
    }

    static final String ROOT = "ledgers/compound-case/";

    /** The victims' payments into the frozen account, as {@code flowtrace restitution --victims} reads them. */
    public static final String VICTIMS = "restitution/victims.csv";

    /** The frozen balance, as {@code flowtrace restitution --recovered} reads it. */
    public static final String RECOVERED = "restitution/recovered.csv";

    /**
     * The operator's ransom wallet on TRON: it receives 李娟 Li Juan's 12,000 USDT for her brother's release
     * and passes it on within hours to the collection wallet ({@code truth.json}, {@code ransoms}). The demo
     * builds its case pack from it.
     */
    public static final String RANSOM_WALLET = "TRON:TEr3UtVtUTuTcjowbUuDreACvxy4P3xget";

    /** Every file, evidence in load order (FX rates last, so that every transfer gets its USD value). */
    public static final List<CaseFile> FILES = List.of(
            new CaseFile("README.md", Format.DOCUMENT),
            new CaseFile("truth.json", Format.DOCUMENT),
            new CaseFile("ledger-mapping.yaml", Format.LEDGER_MAPPING),
            new CaseFile("ledger.csv", Format.LEDGER),
            new CaseFile("goaml/str-mekong-kingdom-bank.xml", Format.GOAML),
            new CaseFile("goaml/str-siam-riverside-bank.xml", Format.GOAML),
            new CaseFile("camt053/sok-vannak-2026-03.xml", Format.CAMT053),
            new CaseFile("ethereum/blocks.json", Format.ETHEREUM_EXPORT),
            new CaseFile("ethereum/usdt-logs.json", Format.ETHEREUM_EXPORT),
            new CaseFile("tron/usdt-events.json", Format.TRON_EXPORT),
            new CaseFile("tagpack.yaml", Format.TAGPACK),
            new CaseFile("bods.json", Format.BODS),
            new CaseFile("designations.csv", Format.DESIGNATIONS),
            new CaseFile("fx-rates.csv", Format.FX_RATES),
            new CaseFile(CompoundCase.VICTIMS, Format.DOCUMENT),
            new CaseFile(CompoundCase.RECOVERED, Format.DOCUMENT));

    private CompoundCase() {}

    /** Copies every file into {@code folder} (replacing older copies) and returns the folder. */
    public static Path extractTo(Path folder) {
        for (var file : FILES) {
            var target = folder.resolve(file.path());
            try (InputStream in = CompoundCase.class.getClassLoader().getResourceAsStream(ROOT + file.path())) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the case file " + ROOT + file.path() + " is not in the application");
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }
        return folder;
    }
}
