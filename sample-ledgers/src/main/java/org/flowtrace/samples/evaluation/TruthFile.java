package org.flowtrace.samples.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowtrace.samples.generator.GroundTruth;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ground truth as {@code flowtrace evaluate} reads it: either the {@code truth.json} of
 * {@code flowtrace generate} ({@link GroundTruth}) or the hand-made compound case's ({@code
 * ledgers/compound-case/truth.json}, described in its README). The two differ in shape; each part is
 * read only from the file that has it: the planted typologies from a generated truth, the coerced
 * workers and paid mules, the operators with their companies and accounts from both, the restitution
 * schedules from the case.
 */
public final class TruthFile {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonNode root;
    private final Path folder;

    private TruthFile(JsonNode root, Path folder) {
        this.root = root;
        this.folder = folder;
    }

    /** Reads the file; its folder is where the case's restitution files are looked for. */
    public static TruthFile read(Path file) {
        try {
            var root = MAPPER.readTree(Files.readString(file));
            if (!root.isObject()) {
                throw new IllegalArgumentException(file + " is not a JSON object");
            }
            return new TruthFile(root, file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The generated truth, when this is one (its patterns name typologies). */
    public Optional<GroundTruth> generated() {
        var patterns = root.path("patterns");
        if (!root.has("version")
                || !patterns.isArray()
                || (!patterns.isEmpty() && !patterns.get(0).has("typology"))) {
            return Optional.empty();
        }
        return Optional.of(MAPPER.treeToValue(root, GroundTruth.class));
    }

    /** The planted coerced workers' accounts and wallets, as flowtrace keys them. */
    public List<String> coercedWorkers() {
        var keys = new ArrayList<String>();
        for (var worker : root.path("coercedWorkers")) {
            for (var field : List.of("account", "wallet")) {
                if (worker.hasNonNull(field)) {
                    keys.add(worker.get(field).asString());
                }
            }
        }
        return keys;
    }

    /** The paid mules' accounts and wallets (not coerced). */
    public List<String> paidMules() {
        var keys = new ArrayList<String>();
        for (var mule : root.has("paidMules") ? root.path("paidMules") : root.path("mules")) {
            for (var field : List.of("account", "wallet")) {
                if (mule.hasNonNull(field)) {
                    keys.add(mule.get(field).asString());
                }
            }
        }
        return keys;
    }

    /** Legitimate accounts with the shape of workers' accounts. */
    public List<String> coercionLookAlikes() {
        var keys = new ArrayList<String>();
        for (var lookAlike : root.path("coercionLookAlikes")) {
            lookAlike.path("accounts").forEach(a -> keys.add(a.asString()));
        }
        return keys;
    }

    /**
     * The designated operators, each with his companies and the accounts they keep. A generated truth
     * names the designated party's key and keys companies by their register record; the case names the
     * operator and the companies by name (its designated entry is the one whose name the operator's
     * name contains).
     */
    public List<OperatorTruth> operators() {
        var operators = new ArrayList<OperatorTruth>();
        for (var operator : root.path("operators")) {
            var companies = new ArrayList<String>();
            var names = new LinkedHashMap<String, String>();
            for (var company : operator.path("companies")) {
                companies.add(company.get("key").asString());
                names.put(company.get("key").asString(), company.get("name").asString());
            }
            var accounts = new LinkedHashMap<String, String>();
            operator.path("accounts")
                    .properties()
                    .forEach(e -> accounts.put(e.getKey(), e.getValue().asString()));
            operators.add(new OperatorTruth(
                    operator.get("name").asString(),
                    operator.get("designation").asString(),
                    operator.get("register").asString(),
                    companies,
                    names,
                    accounts));
        }
        var ownership = root.path("beneficialOwnership");
        if (ownership.isObject()) {
            var companies = new ArrayList<String>();
            for (var path : ownership.path("paths")) {
                for (int i = 0; i < path.size() - 1; i++) {
                    var name = path.get(i).asString();
                    if (!companies.contains(name)) {
                        companies.add(name);
                    }
                }
            }
            var names = new LinkedHashMap<String, String>();
            companies.forEach(c -> names.put(c, c));
            var accounts = new LinkedHashMap<String, String>();
            ownership
                    .path("bankAccounts")
                    .properties()
                    .forEach(e -> accounts.put(e.getKey(), e.getValue().asString()));
            operators.add(
                    new OperatorTruth(ownership.get("operator").asString(), null, null, companies, names, accounts));
        }
        return operators;
    }

    /** The case's restitution schedules worked by hand, with the victims and recovered files beside it. */
    public Optional<RestitutionTruth> restitution() {
        var restitution = root.path("restitution");
        if (!restitution.isObject()) {
            return Optional.empty();
        }
        var expected = new LinkedHashMap<String, Map<String, BigDecimal>>();
        for (var victim : restitution.path("victims")) {
            var id = victim.get("victim").asString();
            victim.path("restitution")
                    .properties()
                    .forEach(e -> expected.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                            .put(id, new BigDecimal(e.getValue().asString())));
        }
        return Optional.of(new RestitutionTruth(
                restitution.get("account").asString(),
                folder.resolve("restitution/victims.csv"),
                folder.resolve("restitution/recovered.csv"),
                expected));
    }

    /**
     * An operator as the truth states him.
     *
     * @param designation the designated party's key in flowtrace, when the truth gives it
     * @param register his party key in the register, when the truth gives it
     * @param companies his companies: register party keys (generated) or names (the case)
     * @param companyNames the name of each
     * @param accounts the front accounts he controls, each with its company (key or name)
     */
    public record OperatorTruth(
            String name,
            @Nullable String designation,
            @Nullable String register,
            List<String> companies,
            Map<String, String> companyNames,
            Map<String, String> accounts) {

        public OperatorTruth {
            companies = List.copyOf(companies);
            companyNames = Map.copyOf(companyNames);
            accounts = Map.copyOf(accounts);
        }

        /**
         * Whether a designated node a path reaches is this operator: his designated party's key, or — for a
         * truth that does not give it — a name his name contains (the case's {@code 陈国豪 CHEN Guohao}
         * and the list's {@code 陈国豪}).
         */
        public boolean isOperator(String key, String nodeName) {
            return designation != null ? designation.equals(key) : !nodeName.isBlank() && name.contains(nodeName);
        }
    }

    /**
     * The restitution the case works out by hand.
     *
     * @param account the frozen account
     * @param expected per allocation method ({@code poison}, {@code haircut} …) the amount per victim
     */
    public record RestitutionTruth(
            String account, Path victims, Path recovered, Map<String, Map<String, BigDecimal>> expected) {}
}
