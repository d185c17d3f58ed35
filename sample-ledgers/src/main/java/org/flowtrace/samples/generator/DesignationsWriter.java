package org.flowtrace.samples.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the generated designations list ({@code designations.csv}, the layout of
 * {@code flowtrace ingest designations}: {@code list,id,type,name,aliases,country,location,
 * linked_companies,wallets,source_url,program}, RFC 4180, multi-valued fields {@code ;}-separated): each
 * compound's operator (name in Han characters, the pinyin and "Boss" as aliases) and the compound itself.
 * The list names the operator's top holding company for half the operators, and the compound's first
 * operating company for the compound, as lists do when they know them. The data set has no wallets, so
 * the {@code wallets} column stays empty; the layout has no column for bank accounts.
 */
final class DesignationsWriter {

    static final String FILE = "designations.csv";
    static final String LIST = "FIU Scam Compound Designations (generated)";

    private final List<Compound> compounds;

    DesignationsWriter(List<Compound> compounds) {
        this.compounds = compounds;
    }

    /** The key flowtrace gives a designated party of this list: {@code designations:<list slug>:<id>}. */
    static String partyKey(String id) {
        var slug = LIST.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return "designations:" + slug + ":" + id;
    }

    String write(Path out) throws IOException {
        Files.writeString(out.resolve(FILE), csv(), StandardCharsets.UTF_8);
        return FILE;
    }

    String csv() {
        var text = new StringBuilder(
                "list,id,type,name,aliases,country,location,linked_companies,wallets,source_url,program\n");
        for (int k = 0; k < compounds.size(); k++) {
            var compound = compounds.get(k);
            var name = compound.operator().name();
            var location =
                    compound.park() + ", " + compound.dormitory().split("\\|")[1] + ", " + compound.parkCountry();
            row(
                    text,
                    compound.designationId(),
                    "person",
                    name.nativeName(),
                    String.join(
                            ";",
                            name.romanised(),
                            name.surnamePinyin() + " " + name.givenPinyin(),
                            "Boss " + name.surnamePinyin()),
                    compound.operator().nationality(),
                    location,
                    k % 2 == 0 ? compound.companies().getFirst().name() : "",
                    "compound operator");
            row(
                    text,
                    compound.designationId() + "-P",
                    "compound",
                    compound.park(),
                    compound.park() + " compound",
                    compound.parkCountry(),
                    location,
                    compound.operating().getFirst().name(),
                    "scam compound");
        }
        return text.toString();
    }

    private static void row(
            StringBuilder text,
            String id,
            String type,
            String name,
            String aliases,
            String country,
            String location,
            String linked,
            String program) {
        text.append(String.join(
                        ",",
                        field(LIST),
                        field(id),
                        type,
                        field(name),
                        field(aliases),
                        country,
                        field(location),
                        field(linked),
                        "",
                        "https://example.org/flowtrace/generated/designation/" + id,
                        field(program)))
                .append('\n');
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break. */
    private static String field(String value) {
        return value.matches("(?s).*[,\"\\n\\r].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
