package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.flowtrace.ingest.tron.Base58Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load time of a full-size OFAC SDN list (about 18,000 entries, as the list has had since 2025) through
 * {@code flowtrace ingest ofac}. The real list is not in the reference data, so a synthetic
 * {@code sdn.xml} of that size is generated deterministically (seed 42) in the official layout: 60 %
 * individuals, 35 % entities, 5 % vessels; one or two programs; up to three aliases; a passport for
 * most individuals, a registration number and an address for entities; and on one entry in twelve up
 * to four digital-currency addresses (XBT, ETH, USDT on TRON, TRX — valid addresses, checksums
 * included). Run with
 *
 * <pre>./mvnw -B -Pbench -pl api -am verify -Dtest=OfacLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false
 *   [-Dbench.entries=18000]</pre>
 *
 * The time includes starting the application and the embedded Neo4j. The figures go to stdout and
 * {@code api/target/ofac-load-benchmark.md}.
 */
class OfacLoadBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 18_000);

    @Test
    void ofac_sdn_list_load_time(@TempDir Path work) throws IOException {
        var list = generate(work.resolve("sdn.xml"));
        long started = System.nanoTime();
        var run = CommandRun.of(
                "ingest",
                "ofac",
                list.toString(),
                "--data-dir",
                work.resolve("data").toString(),
                "-q");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("%,d written, 0 rejected".formatted(ENTRIES));
        var text = "OFAC SDN load, %,d synthetic entries (%,d bytes), %d cores, max heap %d MB, %s%n%n"
                        .formatted(
                                ENTRIES,
                                Files.size(list),
                                Runtime.getRuntime().availableProcessors(),
                                Runtime.getRuntime().maxMemory() >> 20,
                                Runtime.version())
                + "| entries | seconds (incl. start-up) | entries/s |\n|---|---|---|\n"
                + "| %,d | %.1f | %,.0f |%n".formatted(ENTRIES, seconds, ENTRIES / seconds)
                + "\n" + run.out();
        System.out.println(text);
        Files.writeString(Path.of("target/ofac-load-benchmark.md"), text);
    }

    /** A deterministic sdn.xml of {@link #ENTRIES} entries (seed 42). */
    private static Path generate(Path file) throws IOException {
        var random = new SplittableRandom(42);
        String[] programs = {"SDGT", "TCO", "CYBER2", "RUSSIA-EO14024", "IRAN", "SDNTK", "BURMA-EO14014", "DPRK3"};
        String[] countries = {"Russia", "Iran", "Burma", "Cambodia", "China", "Korea, North", "Syria", "Laos"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" standalone=\"yes\"?>\n<sdnList xmlns=\"https://sanctionslistservice.ofac"
                    + ".treas.gov/api/PublicationPreview/exports/XML\">\n<publshInformation><Publish_Date>11/20/2026"
                    + "</Publish_Date><Record_Count>" + ENTRIES + "</Record_Count></publshInformation>\n");
            int sub = 1_000_000;
            for (int i = 1; i <= ENTRIES; i++) {
                double kind = random.nextDouble();
                var type = kind < 0.60 ? "Individual" : kind < 0.95 ? "Entity" : "Vessel";
                var country = countries[random.nextInt(countries.length)];
                out.write("<sdnEntry><uid>" + i + "</uid>");
                if (type.equals("Individual")) {
                    out.write("<firstName>Given" + i + "</firstName>");
                }
                out.write("<lastName>" + type.toUpperCase() + " NAME " + i + "</lastName><sdnType>" + type
                        + "</sdnType><programList>");
                for (int p = 0; p <= random.nextInt(2); p++) {
                    out.write("<program>" + programs[random.nextInt(programs.length)] + "</program>");
                }
                out.write("</programList><idList>");
                if (type.equals("Individual") && random.nextDouble() < 0.7) {
                    out.write(id(sub++, "Passport", "P" + (10_000_000 + random.nextInt(89_999_999)), country));
                }
                if (type.equals("Entity")) {
                    out.write(id(sub++, "Registration Number", String.valueOf(random.nextLong(1L << 40)), country));
                }
                if (random.nextInt(12) == 0) {
                    out.write(id(sub++, "Digital Currency Address - XBT", base58(random, (byte) 0x00), null));
                    out.write(id(sub++, "Digital Currency Address - ETH", "0x" + hex(random, 20), null));
                    out.write(id(sub++, "Digital Currency Address - USDT", base58(random, (byte) 0x41), null));
                    out.write(id(sub++, "Digital Currency Address - TRX", base58(random, (byte) 0x41), null));
                }
                out.write("</idList><akaList>");
                for (int a = 0; a < random.nextInt(4); a++) {
                    out.write("<aka><uid>" + sub++
                            + "</uid><type>a.k.a.</type><category>strong</category><lastName>ALIAS " + i + "-" + a
                            + "</lastName></aka>");
                }
                out.write("</akaList>");
                if (type.equals("Entity")) {
                    out.write("<addressList><address><uid>" + sub++ + "</uid><address1>" + random.nextInt(999)
                            + " Street " + i + "</address1><city>City " + random.nextInt(500) + "</city><country>"
                            + country + "</country></address></addressList>");
                }
                if (type.equals("Individual")) {
                    out.write("<dateOfBirthList><dateOfBirthItem><uid>" + sub++ + "</uid><dateOfBirth>"
                            + (1940 + random.nextInt(60)) + "</dateOfBirth><mainEntry>true</mainEntry>"
                            + "</dateOfBirthItem></dateOfBirthList>");
                }
                out.write("</sdnEntry>\n");
            }
            out.write("</sdnList>\n");
        }
        return file;
    }

    private static String id(int uid, String type, String number, String country) {
        return "<id><uid>" + uid + "</uid><idType>" + type + "</idType><idNumber>" + number + "</idNumber>"
                + (country == null ? "" : "<idCountry>" + country + "</idCountry>") + "</id>";
    }

    private static String base58(SplittableRandom random, byte version) {
        var payload = new byte[21];
        payload[0] = version;
        for (int i = 1; i < payload.length; i++) {
            payload[i] = (byte) random.nextInt(256);
        }
        return Base58Check.encode(payload);
    }

    private static String hex(SplittableRandom random, int bytes) {
        var value = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            value[i] = (byte) random.nextInt(256);
        }
        return HexFormat.of().formatHex(value);
    }
}
