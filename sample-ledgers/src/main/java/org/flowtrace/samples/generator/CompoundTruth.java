package org.flowtrace.samples.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.flowtrace.samples.generator.CompoundPlan.Place;
import org.flowtrace.samples.generator.CompoundPlan.Transfer;

/**
 * The compounds' part of the data set: their ledger rows (grouped by the truth entry they belong to: a
 * worker's or mule's account, a compound's cash-outs) and their entries in {@code truth.json}
 * ({@link GroundTruth}: coerced workers, operators, paid mules, look-alikes, reports, statements).
 */
final class CompoundTruth {

    private final Population population;
    private final CompoundPlan plan;
    private final List<String> groups = new ArrayList<>();
    private final Map<String, Integer> groupIndex = new LinkedHashMap<>();

    CompoundTruth(Population population, CompoundPlan plan) {
        this.population = population;
        this.plan = plan;
        for (var t : plan.transfers()) {
            if (t.place() == Place.LEDGER) {
                if (!t.kind().laundering()) {
                    throw new IllegalStateException("a clean compound transfer in the ledger: " + t);
                }
                groupIndex.computeIfAbsent(t.about(), about -> {
                    groups.add(about);
                    return groups.size() - 1;
                });
            }
        }
    }

    /** The ledger rows, each with its group as {@code firstGroup + group}. */
    List<PlannedRow> ledgerRows(int firstGroup) {
        var rows = new ArrayList<PlannedRow>();
        for (var t : plan.transfers()) {
            if (t.place() == Place.LEDGER) {
                rows.add(new PlannedRow(
                        t.minute(), t.from(), t.to(), t.usd(), t.format(), firstGroup + groupIndex.get(t.about())));
            }
        }
        return rows;
    }

    int groups() {
        return groups.size();
    }

    /** flowtrace's id of a transfer a report or statement states. */
    String transferId(Transfer t) {
        return switch (t.place()) {
            case GOAML -> "goaml:" + rentity(plan.reports().get(t.document()).bank()) + ":" + t.id();
            case CAMT053 ->
                "camt:" + population.key(plan.statements().get(t.document()).account()) + ":" + t.id() + ":1";
            case LEDGER -> throw new IllegalArgumentException("a ledger row has no id of its own here: " + t);
        };
    }

    private int rentity(int bank) {
        return Integer.parseInt(population.bankId(bank));
    }

    List<GroundTruth.CoercedWorker> workers(List<List<Long>> groupLines) {
        var workers = new ArrayList<GroundTruth.CoercedWorker>();
        for (var compound : plan.compounds()) {
            for (var worker : compound.workers()) {
                var key = population.key(worker.account());
                var reports = new ArrayList<String>();
                boolean named = false;
                for (var report : plan.reports()) {
                    boolean names = report.transfers().stream().anyMatch(seq -> involves(seq, worker.account()))
                            || (report.namedVictim() != null
                                    && report.namedVictim().account() == worker.account());
                    if (names) {
                        reports.add(reportKey(report));
                    }
                    named |=
                            report.namedVictim() != null && report.namedVictim().account() == worker.account();
                }
                workers.add(new GroundTruth.CoercedWorker(
                        key,
                        compound.id(),
                        worker.name().full(),
                        worker.name().nationality(),
                        worker.passport(),
                        worker.opened().toString() + ":00Z",
                        worker.ownPhone() == null,
                        reports,
                        named,
                        lines(groupLines, key),
                        transfers(key)));
            }
        }
        return workers;
    }

    List<GroundTruth.Operator> operators(List<List<Long>> groupLines) {
        var operators = new ArrayList<GroundTruth.Operator>();
        for (var compound : plan.compounds()) {
            var operator = compound.operator();
            var companies = new ArrayList<GroundTruth.Company>();
            var accounts = new LinkedHashMap<String, String>();
            for (var company : compound.companies()) {
                var account = company.operating() ? population.key(company.account()) : null;
                companies.add(new GroundTruth.Company(
                        register(company.recordId()),
                        company.name(),
                        company.jurisdiction(),
                        company.registration(),
                        account));
                if (account != null) {
                    accounts.put(account, register(company.recordId()));
                }
            }
            var paths = new ArrayList<List<String>>();
            for (var company : compound.operating()) {
                paths.add(path(compound, company.recordId()));
            }
            operators.add(new GroundTruth.Operator(
                    compound.id(),
                    operator.name().nativeName(),
                    operator.name().romanised(),
                    operator.nationality(),
                    DesignationsWriter.partyKey(compound.designationId()),
                    register(operator.recordId()),
                    companies,
                    paths,
                    compound.cycle().stream().map(CompoundTruth::register).toList(),
                    accounts,
                    lines(groupLines, compound.id()),
                    transfers(compound.id())));
        }
        return operators;
    }

    /** The chain company → … → operator: up the largest stated holding at each step, never round the cycle. */
    private static List<String> path(Compound compound, String company) {
        var path = new ArrayList<String>();
        var at = company;
        path.add(register(at));
        while (!at.equals(compound.operator().recordId())) {
            var here = at;
            var up = compound.holdings().stream()
                    .filter(h -> h.subject().equals(here) && !h.nominee())
                    .filter(h -> !path.contains(register(h.owner())))
                    .filter(h -> compound.nominees().stream()
                            .noneMatch(n -> n.recordId().equals(h.owner())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no owner of " + here));
            at = up.owner();
            path.add(register(at));
        }
        return path;
    }

    List<GroundTruth.PaidMule> mules(List<List<Long>> groupLines) {
        var mules = new ArrayList<GroundTruth.PaidMule>();
        for (var compound : plan.compounds()) {
            for (var mule : compound.mules()) {
                var key = population.key(mule.account());
                var statement = plan.statements().stream()
                        .filter(s -> s.account() == mule.account())
                        .map(CompoundPlan.Statement::file)
                        .findFirst()
                        .orElse(null);
                mules.add(new GroundTruth.PaidMule(
                        key,
                        compound.id(),
                        mule.name().full(),
                        "rents out his account for a cut: victims' money in, 80-92 % on to the front companies in"
                                + " batches, some to an exchange, the rest kept; his own phone, an account opened years ago",
                        statement,
                        lines(groupLines, key),
                        transfers(key)));
            }
        }
        return mules;
    }

    List<GroundTruth.CoercionLookAlike> lookAlikes() {
        return plan.families().stream()
                .map(f -> new GroundTruth.CoercionLookAlike(
                        f.id(), f.accounts().stream().map(population::key).toList(), f.why()))
                .toList();
    }

    List<GroundTruth.Report> reports() {
        var reports = new ArrayList<GroundTruth.Report>();
        for (var report : plan.reports()) {
            var accounts = new LinkedHashSet<String>();
            for (int seq : report.transfers()) {
                var t = plan.transfers().get(seq);
                for (int account : new int[] {t.from(), t.to()}) {
                    if (population.bankIndex(account) == report.bank()) {
                        accounts.add(population.key(account));
                    }
                }
            }
            report.parties().forEach(a -> accounts.add(population.key(a)));
            reports.add(new GroundTruth.Report(
                    report.file(),
                    reportKey(report),
                    population.bankId(report.bank()),
                    report.about(),
                    report.indicators(),
                    report.namedVictim() == null
                            ? null
                            : population.key(report.namedVictim().account()),
                    List.copyOf(accounts),
                    report.transfers().stream()
                            .map(seq -> transferId(plan.transfers().get(seq)))
                            .toList()));
        }
        return reports;
    }

    List<GroundTruth.Statement> statements() {
        return plan.statements().stream()
                .map(s -> new GroundTruth.Statement(
                        s.file(),
                        population.key(s.account()),
                        s.transfers().stream()
                                .map(seq -> transferId(plan.transfers().get(seq)))
                                .toList()))
                .toList();
    }

    String reportKey(CompoundPlan.Report report) {
        return "goaml:" + rentity(report.bank()) + ":" + report.reference();
    }

    private boolean involves(int seq, int account) {
        var t = plan.transfers().get(seq);
        return t.from() == account || t.to() == account;
    }

    private List<Long> lines(List<List<Long>> groupLines, String about) {
        var group = groupIndex.get(about);
        return group == null ? List.of() : List.copyOf(groupLines.get(group));
    }

    private List<String> transfers(String about) {
        return plan.transfers().stream()
                .filter(t -> t.about().equals(about) && t.place() != Place.LEDGER)
                .map(this::transferId)
                .toList();
    }

    static String register(String recordId) {
        return "bods:record:" + recordId;
    }
}
