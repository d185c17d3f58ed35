package org.flowtrace.analytics.resolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The labelled pairs of {@code resolution/labelled-pairs.tsv} (columns documented in the file), used by
 * resolution's and screening's quality tests.
 */
public record LabelledPairs(List<Pair> pairs) {

    /**
     * One labelled pair: both records as profiles, and the left one as written (for screening, which
     * looks it up as a customer's details); {@code set} is the name of the last {@code # set: name …}
     * comment above it ({@value #FIRST_SET} before the first), so that pairs added later can be scored
     * on their own.
     */
    public record Pair(
            int line,
            String set,
            boolean same,
            String category,
            PartyProfile left,
            PartyProfile right,
            Written leftWritten) {}

    /** The set of the pairs written before any {@code # set:} comment. */
    public static final String FIRST_SET = "first";

    /** A record's cells as written: names, dates of birth, countries, identifier keys. */
    public record Written(List<String> names, List<String> births, List<String> countries, List<String> ids) {}

    public static LabelledPairs load() {
        try (var in = Objects.requireNonNull(
                LabelledPairs.class.getResourceAsStream("/resolution/labelled-pairs.tsv"), "labelled-pairs.tsv")) {
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            var pairs = new ArrayList<Pair>();
            boolean header = true;
            var set = FIRST_SET;
            for (int i = 0; i < lines.length; i++) {
                var line = lines[i];
                if (line.startsWith("# set:")) {
                    set = line.substring("# set:".length()).strip().split("\\s+")[0];
                }
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                var cells = Arrays.copyOf(line.split("\t", -1), 11);
                var type = cells[2];
                var leftType = type.startsWith("person") ? PartyType.PERSON : PartyType.ORGANISATION;
                var rightType = type.endsWith("organisation") ? PartyType.ORGANISATION : PartyType.PERSON;
                pairs.add(new Pair(
                        i + 1,
                        set,
                        "1".equals(cells[0]),
                        cells[1],
                        profile("L" + (i + 1), leftType, cells, 3),
                        profile("R" + (i + 1), rightType, cells, 7),
                        new Written(split(cells[3]), split(cells[4]), split(cells[5]), split(cells[6]))));
            }
            return new LabelledPairs(List.copyOf(pairs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PartyProfile profile(String key, PartyType type, String[] cells, int from) {
        var builder = new PartyProfileBuilder(key, type);
        split(cells[from]).forEach(builder::name);
        split(cells[from + 1]).forEach(builder::birth);
        split(cells[from + 2]).forEach(builder::country);
        split(cells[from + 3]).forEach(builder::identifierKey);
        return builder.build();
    }

    private static List<String> split(String cell) {
        return cell == null || cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }

    List<PartyProfile> profiles() {
        var all = new ArrayList<PartyProfile>();
        pairs.forEach(p -> {
            all.add(p.left());
            all.add(p.right());
        });
        return all;
    }
}
