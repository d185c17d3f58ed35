package org.flowtrace.ingest.ftm;

import static org.flowtrace.ingest.support.JsonFields.text;
import static org.flowtrace.ingest.support.JsonFields.texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.ingest.support.Iban;
import org.flowtrace.ingest.support.IdentifierKeys;
import org.flowtrace.ingest.support.JsonRecord;
import org.flowtrace.ingest.support.JsonRecordReader;
import org.flowtrace.ingest.support.MeteredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code BankAccount} entities of one FollowTheMoney file, by entity id, with the flowtrace account
 * each stands for: read in a pass over the file before its entities load, because a {@code Payment} or
 * {@code Ownership} may come before the account it names (exports are sorted by id, not by schema). In
 * JSON Lines only the lines that mention {@code BankAccount} are parsed.
 *
 * <p>The account key is the one the other jobs give a bank account, so that the same account from a
 * statement, a goAML report and a dataset is one node:
 *
 * <ol>
 *   <li>an {@code accountNumber} (not itself an IBAN) at its bank: {@code <BIC>:<number>}
 *       ({@code bic}/{@code swiftBic}, upper-cased as goAML keys a SWIFT code), else
 *       {@code <bankName>:<number>} (as goAML keys an institution by name), spaces removed from the
 *       number; an {@code iban} beside it is kept on the account, as goAML keeps it;
 *   <li>else an IBAN (an {@code accountNumber} that is a valid IBAN, ISO 13616 mod 97, or the
 *       {@code iban}): {@code IBAN:<IBAN>} without spaces, upper-cased, as camt.053 keys IBANs (and as
 *       flowtrace's case packs export such accounts: {@code accountNumber} = the IBAN);
 *   <li>else {@code ftm-account:<entity id>}: an account the data does not identify (a number without
 *       bank, a name only, an IBAN failing its check digits), which meets no other source.
 * </ol>
 */
final class FtmBankAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, AccountRef> byId;

    private FtmBankAccounts(Map<String, AccountRef> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** The account of the {@code BankAccount} entity {@code id}, if the file holds one. */
    Optional<AccountRef> account(@Nullable String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    int size() {
        return byId.size();
    }

    /** The flowtrace account of a {@code BankAccount} entity with these properties. */
    static AccountRef key(String id, JsonNode properties) {
        var number = first(properties, "accountNumber");
        if (number != null && !number.replace(" ", "").isBlank() && !Iban.isValid(number)) {
            var bic = first(properties, "bic", "swiftBic");
            if (bic != null) {
                return new AccountRef(IdentifierKeys.code(bic), number);
            }
            var bank = first(properties, "bankName");
            if (bank != null) {
                return new AccountRef(bank, number);
            }
        }
        for (var iban : values(properties, "accountNumber", "iban")) {
            if (Iban.isValid(iban)) {
                return new AccountRef("IBAN", Iban.normalise(iban));
            }
        }
        return new AccountRef("ftm-account", id);
    }

    /** Reads the {@code BankAccount} entities of {@code file}; lines that are not JSON are left to the load. */
    static FtmBankAccounts scan(Path file) {
        var byId = new HashMap<String, AccountRef>();
        if (JsonRecordReader.isArray(file)) {
            var reader = new JsonRecordReader("ftm-bank-accounts", new MeteredFile(file));
            try {
                reader.open(new ExecutionContext());
                while (true) {
                    JsonRecord record;
                    try {
                        record = reader.read();
                    } catch (RuntimeException notJson) {
                        break; // the load rejects it, with its place
                    }
                    if (record == null) {
                        break;
                    }
                    add(record.node(), byId);
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the bank accounts of " + file + ": " + e.getMessage(), e);
            } finally {
                reader.close();
            }
            return new FtmBankAccounts(byId);
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(line -> line.contains("BankAccount")).forEach(line -> {
                try {
                    add(JSON.readTree(line.replace("\uFEFF", "")), byId);
                } catch (JacksonException notJson) {
                    // the load rejects it, with its line
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new FtmBankAccounts(byId);
    }

    private static void add(JsonNode node, Map<String, AccountRef> byId) {
        var entity = node.has("op") ? node.path("entity") : node;
        if (!"BankAccount".equals(text(entity, "schema"))) {
            return;
        }
        var id = text(entity, "id");
        if (id != null) {
            byId.putIfAbsent(id, key(id, entity.path("properties")));
        }
    }

    private static List<String> values(JsonNode properties, String... names) {
        var values = new java.util.ArrayList<String>();
        for (var name : names) {
            values.addAll(texts(properties.get(name)));
        }
        return values;
    }

    private static @Nullable String first(JsonNode properties, String... names) {
        var values = values(properties, names);
        return values.isEmpty() ? null : values.getFirst().strip();
    }
}
