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
 * Load time of a full-size OFAC SDN list (about 18,000 parties) in the advanced layout
 * ({@code sdn_advanced.xml}) through {@code flowtrace ingest ofac}: the same synthetic population as
 * {@link OfacLoadBenchmark} (seed 42: 60 % individuals, 35 % entities, 5 % vessels; one or two
 * programs; up to three aliases; a passport for most individuals, a registration number and an address
 * for entities, a date of birth and a nationality for individuals; on one party in twelve four
 * digital-currency addresses — XBT, ETH, USDT on TRON, TRX — with valid checksums), written the advanced
 * way: reference value sets, locations and identity documents first, then the parties, then a
 * relationship for one entity in ten, then the sanctions entries. Run with
 *
 * <pre>./mvnw -B -Pbench -pl api -am verify -Dtest=OfacAdvancedLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false
 *   [-Dbench.entries=18000]</pre>
 *
 * The time includes starting the application and the embedded Neo4j. The figures go to stdout and
 * {@code api/target/ofac-advanced-load-benchmark.md}.
 */
class OfacAdvancedLoadBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 18_000);
    private static final String[] PROGRAMS = {
        "SDGT", "TCO", "CYBER2", "RUSSIA-EO14024", "IRAN", "SDNTK", "BURMA-EO14014", "DPRK3"
    };
    private static final String[] COUNTRIES = {"Russia", "Iran", "Burma", "Cambodia", "China", "Korea, North"};
    private static final String[] CURRENCIES = {"XBT", "ETH", "USDT", "TRX"};

    @Test
    void ofac_sdn_advanced_list_load_time(@TempDir Path work) throws IOException {
        var list = generate(work.resolve("sdn_advanced.xml"));
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
        var text =
                "OFAC SDN load (sdn_advanced.xml), %,d synthetic parties (%,d bytes), %d cores, max heap %d MB, %s%n%n"
                                .formatted(
                                        ENTRIES,
                                        Files.size(list),
                                        Runtime.getRuntime().availableProcessors(),
                                        Runtime.getRuntime().maxMemory() >> 20,
                                        Runtime.version())
                        + "| parties | seconds (incl. start-up) | parties/s |\n|---|---|---|\n"
                        + "| %,d | %.1f | %,.0f |%n".formatted(ENTRIES, seconds, ENTRIES / seconds)
                        + "\n" + run.out();
        System.out.println(text);
        Files.writeString(Path.of("target/ofac-advanced-load-benchmark.md"), text);
    }

    /** A deterministic sdn_advanced.xml of {@link #ENTRIES} parties (seed 42). */
    private static Path generate(Path file) throws IOException {
        var random = new SplittableRandom(42);
        var kinds = new int[ENTRIES + 1];
        var countries = new int[ENTRIES + 1];
        for (int i = 1; i <= ENTRIES; i++) {
            double kind = random.nextDouble();
            kinds[i] = kind < 0.60 ? 4 : kind < 0.95 ? 3 : 1;
            countries[i] = random.nextInt(COUNTRIES.length);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Sanctions xmlns=\"https://sanctionslistservice.ofac"
                    + ".treas.gov/api/PublicationPreview/exports/ADVANCED_XML\">\n<DateOfIssue><Year>2026</Year>"
                    + "<Month>11</Month><Day>20</Day></DateOfIssue>\n<ReferenceValueSets>\n");
            out.write("<AliasTypeValues><AliasType ID=\"1400\">A.K.A.</AliasType><AliasType ID=\"1403\">Name"
                    + "</AliasType></AliasTypeValues>\n<CountryValues>");
            for (int c = 0; c < COUNTRIES.length; c++) {
                out.write("<Country ID=\"" + (11000 + c) + "\">" + COUNTRIES[c] + "</Country>");
            }
            out.write("</CountryValues>\n<DocNameStatusValues><DocNameStatus ID=\"1\">Primary Latin</DocNameStatus>"
                    + "<DocNameStatus ID=\"2\">Others</DocNameStatus></DocNameStatusValues>\n<FeatureTypeValues>"
                    + "<FeatureType ID=\"8\">Birthdate</FeatureType><FeatureType ID=\"10\">Nationality Country"
                    + "</FeatureType><FeatureType ID=\"25\">Location</FeatureType>");
            for (int c = 0; c < CURRENCIES.length; c++) {
                out.write("<FeatureType ID=\"" + (340 + c) + "\">Digital Currency Address - " + CURRENCIES[c]
                        + "</FeatureType>");
            }
            out.write("</FeatureTypeValues>\n<IDRegDocTypeValues><IDRegDocType ID=\"1571\">Passport</IDRegDocType>"
                    + "<IDRegDocType ID=\"1596\">Registration Number</IDRegDocType></IDRegDocTypeValues>\n"
                    + "<LocPartTypeValues><LocPartType ID=\"1451\">ADDRESS1</LocPartType><LocPartType ID=\"1454\">"
                    + "CITY</LocPartType></LocPartTypeValues>\n<NamePartTypeValues><NamePartType ID=\"1520\">Last Name"
                    + "</NamePartType><NamePartType ID=\"1521\">First Name</NamePartType><NamePartType ID=\"1525\">"
                    + "Entity Name</NamePartType><NamePartType ID=\"1526\">Vessel Name</NamePartType>"
                    + "</NamePartTypeValues>\n<PartySubTypeValues><PartySubType ID=\"1\" PartyTypeID=\"4\">Vessel"
                    + "</PartySubType><PartySubType ID=\"3\" PartyTypeID=\"2\">Unknown</PartySubType><PartySubType"
                    + " ID=\"4\" PartyTypeID=\"1\">Unknown</PartySubType></PartySubTypeValues>\n<PartyTypeValues>"
                    + "<PartyType ID=\"1\">Individual</PartyType><PartyType ID=\"2\">Entity</PartyType><PartyType"
                    + " ID=\"4\">Transport</PartyType></PartyTypeValues>\n<RelationTypeValues><RelationType"
                    + " ID=\"15003\">Owned or Controlled By</RelationType></RelationTypeValues>\n<SanctionsTypeValues>"
                    + "<SanctionsType ID=\"1\">Program</SanctionsType><SanctionsType ID=\"1705\">Block</SanctionsType>"
                    + "</SanctionsTypeValues>\n</ReferenceValueSets>\n<Locations>\n");
            for (int c = 0; c < COUNTRIES.length; c++) {
                out.write("<Location ID=\"" + (186000 + c) + "\"><LocationCountry CountryID=\"" + (11000 + c)
                        + "\"/></Location>\n");
            }
            for (int i = 1; i <= ENTRIES; i++) {
                if (kinds[i] == 3) {
                    out.write("<Location ID=\"" + (500000 + i) + "\"><LocationCountry CountryID=\""
                            + (11000 + countries[i]) + "\"/><LocationPart LocPartTypeID=\"1451\"><LocationPartValue"
                            + " Primary=\"true\"><Value>" + random.nextInt(999) + " Street " + i + "</Value>"
                            + "</LocationPartValue></LocationPart><LocationPart LocPartTypeID=\"1454\">"
                            + "<LocationPartValue Primary=\"true\"><Value>City " + random.nextInt(500) + "</Value>"
                            + "</LocationPartValue></LocationPart></Location>\n");
                }
            }
            out.write("</Locations>\n<IDRegDocuments>\n");
            for (int i = 1; i <= ENTRIES; i++) {
                if (kinds[i] == 4 && random.nextDouble() < 0.7) {
                    out.write(document(i, 1571, "P" + (10_000_000 + random.nextInt(89_999_999)), countries[i]));
                } else if (kinds[i] == 3) {
                    out.write(document(i, 1596, String.valueOf(random.nextLong(1L << 40)), countries[i]));
                }
            }
            out.write("</IDRegDocuments>\n<DistinctParties>\n");
            for (int i = 1; i <= ENTRIES; i++) {
                party(out, random, i, kinds[i], countries[i]);
            }
            out.write("</DistinctParties>\n<ProfileRelationships>\n");
            for (int i = 1; i <= ENTRIES; i++) {
                if (kinds[i] == 3 && i % 10 == 0) {
                    out.write("<ProfileRelationship ID=\"" + i + "\" From-ProfileID=\"" + i + "\" To-ProfileID=\""
                            + (1 + random.nextInt(ENTRIES)) + "\" RelationTypeID=\"15003\" Former=\"false\"/>\n");
                }
            }
            out.write("</ProfileRelationships>\n<SanctionsEntries>\n");
            for (int i = 1; i <= ENTRIES; i++) {
                out.write("<SanctionsEntry ID=\"" + i + "\" ProfileID=\"" + i + "\" ListID=\"1550\">");
                for (int p = 0; p <= random.nextInt(2); p++) {
                    out.write("<SanctionsMeasure ID=\"" + (i * 10 + p) + "\" SanctionsTypeID=\"1\"><Comment>"
                            + PROGRAMS[random.nextInt(PROGRAMS.length)] + "</Comment></SanctionsMeasure>");
                }
                out.write(
                        "<SanctionsMeasure ID=\"" + (i * 10 + 9) + "\" SanctionsTypeID=\"1705\"/></SanctionsEntry>\n");
            }
            out.write("</SanctionsEntries>\n<SanctionsEntryLinks/>\n</Sanctions>\n");
        }
        return file;
    }

    private static String document(int party, int type, String number, int country) {
        return "<IDRegDocument ID=\"" + party + "\" IDRegDocTypeID=\"" + type + "\" IdentityID=\"" + (1_000_000 + party)
                + "\" IssuedBy-CountryID=\"" + (11000 + country) + "\"><IDRegistrationNo>" + number
                + "</IDRegistrationNo></IDRegDocument>\n";
    }

    private static void party(BufferedWriter out, SplittableRandom random, int i, int subType, int country)
            throws IOException {
        int identity = 1_000_000 + i;
        out.write("<DistinctParty FixedRef=\"" + i + "\"><Profile ID=\"" + i + "\" PartySubTypeID=\"" + subType
                + "\"><Identity ID=\"" + identity + "\" Primary=\"true\"><Alias AliasTypeID=\"1403\" Primary=\"true\">"
                + "<DocumentedName DocNameStatusID=\"1\">");
        var groups = new StringBuilder();
        if (subType == 4) {
            out.write(namePart(identity * 10L + 1, "INDIVIDUAL NAME " + i) + namePart(identity * 10L + 2, "Given" + i));
            groups.append(group(identity * 10L + 1, 1520)).append(group(identity * 10L + 2, 1521));
        } else {
            var type = subType == 3 ? "ENTITY" : "VESSEL";
            out.write(namePart(identity * 10L + 1, type + " NAME " + i));
            groups.append(group(identity * 10L + 1, subType == 3 ? 1525 : 1526));
        }
        out.write("</DocumentedName></Alias>");
        for (int a = 0; a < random.nextInt(4); a++) {
            long id = identity * 10L + 3 + a;
            out.write("<Alias AliasTypeID=\"1400\" Primary=\"false\"><DocumentedName DocNameStatusID=\"1\">"
                    + namePart(id, "ALIAS " + i + "-" + a) + "</DocumentedName></Alias>");
            groups.append(group(id, subType == 4 ? 1520 : 1525));
        }
        out.write("<NamePartGroups>" + groups + "</NamePartGroups></Identity>");
        if (subType == 4) {
            int year = 1940 + random.nextInt(60);
            out.write("<Feature ID=\"" + (2_000_000 + i) + "\" FeatureTypeID=\"8\"><FeatureVersion><DatePeriod><Start>"
                    + "<From><Year>" + year + "</Year><Month>1</Month><Day>1</Day></From></Start><End><To><Year>"
                    + year + "</Year><Month>12</Month><Day>31</Day></To></End></DatePeriod></FeatureVersion></Feature>"
                    + "<Feature ID=\"" + (3_000_000 + i) + "\" FeatureTypeID=\"10\"><FeatureVersion><VersionLocation"
                    + " LocationID=\"" + (186000 + country) + "\"/></FeatureVersion></Feature>");
        }
        if (subType == 3) {
            out.write("<Feature ID=\"" + (4_000_000 + i) + "\" FeatureTypeID=\"25\"><FeatureVersion><VersionLocation"
                    + " LocationID=\"" + (500000 + i) + "\"/></FeatureVersion></Feature>");
        }
        if (random.nextInt(12) == 0) {
            String[] addresses = {
                base58(random, (byte) 0x00),
                "0x" + hex(random, 20),
                base58(random, (byte) 0x41),
                base58(random, (byte) 0x41)
            };
            for (int c = 0; c < CURRENCIES.length; c++) {
                out.write("<Feature ID=\"" + (5_000_000 + i * 4 + c) + "\" FeatureTypeID=\"" + (340 + c)
                        + "\"><FeatureVersion><VersionDetail DetailTypeID=\"1432\">" + addresses[c]
                        + "</VersionDetail></FeatureVersion></Feature>");
            }
        }
        out.write("</Profile></DistinctParty>\n");
    }

    private static String namePart(long group, String value) {
        return "<DocumentedNamePart><NamePartValue NamePartGroupID=\"" + group + "\" ScriptID=\"215\">" + value
                + "</NamePartValue></DocumentedNamePart>";
    }

    private static String group(long id, int type) {
        return "<MasterNamePartGroup><NamePartGroup ID=\"" + id + "\" NamePartTypeID=\"" + type
                + "\"/></MasterNamePartGroup>";
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
