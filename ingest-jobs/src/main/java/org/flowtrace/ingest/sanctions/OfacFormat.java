package org.flowtrace.ingest.sanctions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.flowtrace.ingest.SourceFormatException;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

/**
 * The layouts {@code ingest ofac} reads, told from a file's content (and, for address lists, its name):
 * the SDN XML ({@code sdnList} root), the Advanced Sanctions List Standard XML ({@code Sanctions} root in
 * one of {@link #ADVANCED_NAMESPACES}), the legacy CSV files by their column count (12 for
 * {@code sdn.csv}, 5 for {@code alt.csv}, 6 for {@code add.csv}, 2 for {@code sdn_comments.csv}), and
 * lists of sanctioned digital-currency addresses named {@code sanctioned_addresses_<CURRENCY>.txt}
 * (one address a line) or {@code .json} (an array of addresses), as 0xB10C's generator writes them
 * from {@code sdn_advanced.xml}.
 */
enum OfacFormat {
    SDN_XML("sdn.xml"),
    SDN_ADVANCED_XML("sdn_advanced.xml"),
    SDN_CSV("sdn.csv"),
    ALT_CSV("alt.csv"),
    ADD_CSV("add.csv"),
    COMMENTS_CSV("sdn_comments.csv"),
    ADDRESS_LIST_TXT("an address list (.txt)"),
    ADDRESS_LIST_JSON("an address list (.json)");

    private static final Pattern ADDRESS_LIST =
            Pattern.compile("sanctioned_addresses_([A-Za-z0-9]+)\\.(txt|json)", Pattern.CASE_INSENSITIVE);

    /**
     * The namespaces of {@code sdn_advanced.xml}: the Sanctions List Service's (since 2024) and the
     * Advanced Sanctions List Standard's own, which OFAC's earlier downloads used.
     */
    static final List<String> ADVANCED_NAMESPACES = List.of(
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML",
            "http://www.un.org/sanctions/1.0");

    private final String description;

    OfacFormat(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The currency of an address list, from its name ({@code sanctioned_addresses_XBT.txt} → XBT). */
    static Optional<String> listCurrency(Path file) {
        var matcher = ADDRESS_LIST.matcher(file.getFileName().toString());
        return matcher.matches() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** The layout of {@code file}; fails fast with what was found when it is none of them. */
    static OfacFormat detect(Path file) {
        var source = file.toString();
        String first;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = reader.readLine();
            while (first != null && first.replace("\uFEFF", "").isBlank()) {
                first = reader.readLine();
            }
        } catch (MalformedInputException e) {
            throw new SourceFormatException(source, "not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (first == null) {
            throw new SourceFormatException(source, "empty file: nothing to load");
        }
        first = first.replace("\uFEFF", "").strip();
        var listCurrency = listCurrency(file);
        if (first.startsWith("<")) {
            return xml(file);
        }
        if (listCurrency.isPresent()) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                    ? ADDRESS_LIST_JSON
                    : ADDRESS_LIST_TXT;
        }
        if (first.startsWith("{") || first.startsWith("[")) {
            throw new SourceFormatException(
                    source,
                    "not an OFAC list: JSON, but not named sanctioned_addresses_<CURRENCY>.json (a list of addresses)");
        }
        var tokenizer = new DelimitedLineTokenizer(",");
        tokenizer.setStrict(false);
        var fields = tokenizer.tokenize(first).getValues();
        if (fields.length == 0 || !fields[0].strip().matches("\\d+")) {
            throw new SourceFormatException(
                    source, "not an OFAC CSV file: the first field is not an entry number (the files have no header)");
        }
        return switch (fields.length) {
            case 12 -> SDN_CSV;
            case 6 -> ADD_CSV;
            case 5 -> ALT_CSV;
            case 2 -> COMMENTS_CSV;
            default ->
                throw new SourceFormatException(
                        source,
                        "not an OFAC CSV file: " + fields.length
                                + " fields (sdn.csv has 12, add.csv 6, alt.csv 5, sdn_comments.csv 2)");
        };
    }

    private static OfacFormat xml(Path file) {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try (var in = Files.newInputStream(file)) {
            var xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    var root = xml.getLocalName();
                    if ("sdnList".equals(root)) {
                        return SDN_XML;
                    }
                    if ("Sanctions".equals(root)) {
                        var namespace = xml.getNamespaceURI();
                        if (namespace != null && ADVANCED_NAMESPACES.contains(namespace)) {
                            return SDN_ADVANCED_XML;
                        }
                        throw new SourceFormatException(
                                file.toString(),
                                "not an OFAC sdn_advanced.xml: root <Sanctions> in "
                                        + (namespace == null || namespace.isEmpty()
                                                ? "no namespace"
                                                : "namespace " + namespace)
                                        + ", expected one of " + ADVANCED_NAMESPACES);
                    }
                    throw new SourceFormatException(
                            file.toString(),
                            "not an OFAC SDN list: root element <" + root + ">, expected <sdnList> or <Sanctions>");
                }
            }
            throw new SourceFormatException(file.toString(), "not an OFAC SDN list: no root element");
        } catch (XMLStreamException e) {
            throw new SourceFormatException(file.toString(), "not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
