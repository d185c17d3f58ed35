package org.flowtrace.samples.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.flowtrace.samples.generator.CompoundPlan.Holder;
import org.flowtrace.samples.generator.CompoundPlan.Kind;
import org.flowtrace.samples.generator.CompoundPlan.Place;
import org.flowtrace.samples.generator.CompoundPlan.Transfer;

/**
 * Plants scam compounds (one per {@value #ACCOUNTS_PER_COMPOUND} accounts, at least one), after the
 * UNODC (2023, 2024) and Interpol (2023) descriptions of scam centres in the Mekong region:
 *
 * <ul>
 *   <li><b>Ownership.</b> A designated operator owns two or three operating companies through one to three
 *       layers of offshore holdings; shares are exact or stated as ranges; in the first compound (and
 *       some others) an operating company holds part of its parent — an ownership cycle; some operating
 *       companies are 51 % held by a local nominee. Each operating company keeps one bank account.
 *   <li><b>Coerced workers.</b> Five to twelve trafficked workers whose accounts were opened at one bank
 *       within days of each other (the compound escorts them), most giving the handler's phone and the
 *       compound's address; fraud victims (ordinary persons of the population) are told to pay into their
 *       accounts, and each payment is passed on whole or nearly (96–100 %) within hours to a front
 *       company's account.
 *   <li><b>Paid mules.</b> Two or three locals who rent out accounts opened years before, with their own
 *       phones: victims pay them too, and they pass on 80–92 % in batches, buy some virtual currency and
 *       keep a cut. The first mule's account is new and all its transfers (with his salary) are in its
 *       bank statement.
 *   <li><b>Cash-out.</b> Every few days each front account sends most of what it received to an exchange.
 *   <li><b>Reports.</b> The workers' bank reports most of the workers (their accounts with opening dates,
 *       phones, passports and the compound's address; sometimes trafficking indicators and a worker named
 *       as a victim after a family's missing-person call); a victim's bank reports the fraud; a front
 *       company's bank reports its account (sometimes naming the operator as director); mules' banks
 *       report mules; a bank reports a family (the look-alike).
 * </ul>
 *
 * Each payment is written once: a transfer a report or the statement states is left out of the ledger.
 */
final class CompoundPlanter {

    static final int ACCOUNTS_PER_COMPOUND = 20_000;

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;
    private static final List<String> VICTIM_REFERENCES =
            List.of("investment deposit", "top-up", "trading account", "USDT purchase", "membership");
    private static final List<String> FOLLOW_UP_REFERENCES =
            List.of("withdrawal tax", "account unlock fee", "verification deposit", "profit release fee");
    private static final List<String> FORWARD_REFERENCES =
            List.of("consulting fee", "service fee", "goods payment", "marketing services", "");

    private final Population population;
    private final SplittableRandom random;
    private final int days;
    private final LocalDateTime start;
    private final CompoundNames names;
    private final String idPrefix;
    private final List<Transfer> transfers = new ArrayList<>();
    private final Map<Integer, Holder> holders = new LinkedHashMap<>();
    private final List<CompoundPlan.Report> reports = new ArrayList<>();
    private final List<CompoundPlan.Statement> statements = new ArrayList<>();
    private final List<CompoundPlan.Family> families = new ArrayList<>();
    private final LinkedHashSet<Integer> used = new LinkedHashSet<>();

    /** {@code idPrefix} starts every register record id (it names the data set: the same for the same options). */
    CompoundPlanter(Population population, SplittableRandom random, int days, LocalDateTime start, String idPrefix) {
        this.idPrefix = idPrefix;
        this.population = population;
        this.random = random;
        this.days = days;
        this.start = start;
        this.names = new CompoundNames(random.split());
    }

    /** How many compounds a population of this size gets. */
    static int compounds(int accounts) {
        return Math.max(1, accounts / ACCOUNTS_PER_COMPOUND);
    }

    CompoundPlan plant(int count) {
        var compounds = new ArrayList<Compound>();
        for (int k = 0; k < count; k++) {
            compounds.add(compound(k));
        }
        return new CompoundPlan(compounds, transfers, reports, statements, families, holders);
    }

    private Compound compound(int k) {
        var id = "C%02d".formatted(k + 1);
        var prefix = idPrefix + id.toLowerCase(Locale.ROOT) + "-";
        var operator = new Compound.Operator(
                prefix + "operator",
                names.operator(),
                "CN",
                "%d-%02d".formatted(1968 + random.nextInt(20), 1 + random.nextInt(12)),
                "E" + digits(8));
        var parkCountry = List.of("KH", "KH", "KH", "MM", "LA").get(random.nextInt(5));
        var park = names.park();

        // ownership: operator -> holdings (1-3 layers) -> 2-3 operating companies with accounts
        var companies = new ArrayList<Compound.Company>();
        var holdings = new ArrayList<Compound.Holding>();
        var nominees = new ArrayList<Compound.RegisteredPerson>();
        int layers = 1 + random.nextInt(3);
        for (int h = 0; h < layers; h++) {
            var form = names.holding();
            companies.add(new Compound.Company(
                    prefix + "holding-" + (h + 1), form[0], form[1], form[2], digits(7), founded(), -1));
        }
        int operatingCount = 2 + random.nextInt(2);
        for (int o = 0; o < operatingCount; o++) {
            var form = names.operating();
            int account = population.open(random.nextInt(population.bankCount()));
            companies.add(new Compound.Company(
                    prefix + "company-" + (o + 1), form[0], form[1], form[2], digits(8), founded(), account));
        }
        var parent = companies.get(layers - 1);
        var firstOperating = companies.get(layers);
        boolean cycle = k == 0 || random.nextInt(10) < 4;
        int back = cycle ? 10 + 5 * random.nextInt(5) : 0; // the operating company's share of its parent
        for (int h = 0; h < layers; h++) {
            var owner = h == 0 ? operator.recordId() : companies.get(h - 1).recordId();
            int room = h == layers - 1 ? 100 - back : 100;
            holdings.add(share(owner, companies.get(h).recordId(), room, h == 0));
        }
        for (int o = 0; o < operatingCount; o++) {
            var company = companies.get(layers + o);
            if (o == 1 && random.nextInt(100) < 35) {
                var nominee = new Compound.RegisteredPerson(prefix + "nominee", names.local());
                nominees.add(nominee);
                holdings.add(exact(nominee.recordId(), company.recordId(), 51, true));
                holdings.add(exact(parent.recordId(), company.recordId(), 49, false));
            } else {
                holdings.add(share(parent.recordId(), company.recordId(), 100, false));
            }
        }
        var cycleIds = new ArrayList<String>();
        if (cycle) {
            holdings.add(exact(firstOperating.recordId(), parent.recordId(), back, false));
            cycleIds.addAll(List.of(parent.recordId(), firstOperating.recordId(), parent.recordId()));
        }
        var operating = companies.subList(layers, companies.size());
        for (var company : operating) {
            holders.put(
                    company.account(),
                    new Holder(
                            company.account(),
                            false,
                            "",
                            "",
                            company.jurisdiction(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            at(-400 - random.nextInt(900), 10),
                            company,
                            random.nextBoolean() ? operator : null));
        }

        // the workers: a batch of accounts opened at one bank within days
        int workerBank = random.nextInt(population.bankCount());
        var handlerPhone = phone(parkCountry);
        var dormitory = "Building " + "ABCDEF".charAt(random.nextInt(6)) + ", " + park + "|" + city(parkCountry) + "|"
                + parkCountry;
        int batchDay = -30 + random.nextInt(Math.max(1, days / 3 + 30));
        int span = List.of(0, 1, 2, 4).get(random.nextInt(4));
        var workers = new ArrayList<Compound.Worker>();
        int count = 5 + random.nextInt(8);
        for (int w = 0; w < count; w++) {
            var name = names.worker();
            int account = population.open(workerBank);
            var opened = at(batchDay + random.nextInt(span + 1), 9 + random.nextInt(7));
            var ownPhone = random.nextInt(100) < 20 ? phone(name.nationality()) : null;
            var worker = new Compound.Worker(
                    account, name, born(1990, 15), passportPrefix(name.nationality()) + digits(7), opened, ownPhone);
            workers.add(worker);
            holders.put(
                    account,
                    new Holder(
                            account,
                            true,
                            name.first(),
                            name.last(),
                            name.nationality(),
                            worker.born(),
                            "PASSPORT",
                            worker.passport(),
                            ownPhone != null ? ownPhone : handlerPhone,
                            random.nextInt(100) < 85 ? dormitory : null,
                            opened,
                            null,
                            null));
        }

        // paid mules: locals with old accounts; the first one's account is new and has a statement
        var mules = new ArrayList<Compound.Mule>();
        int muleCount = 2 + random.nextInt(2);
        for (int m = 0; m < muleCount; m++) {
            var name = names.local();
            boolean statement = m == 0;
            int account = statement ? population.open(random.nextInt(population.bankCount())) : freshPerson();
            var mule = new Compound.Mule(
                    account,
                    name,
                    born(1975, 25),
                    digits(9),
                    phone(name.nationality()),
                    at(-400 - random.nextInt(2500), 11),
                    statement);
            mules.add(mule);
            holders.put(
                    account,
                    new Holder(
                            account,
                            true,
                            name.first(),
                            name.last(),
                            name.nationality(),
                            mule.born(),
                            "ID",
                            mule.idNumber(),
                            mule.phone(),
                            "No. " + (1 + random.nextInt(300)) + ", Street " + (2 + random.nextInt(400)) + "|"
                                    + city(name.nationality()) + "|" + name.nationality(),
                            mule.opened(),
                            null,
                            null));
        }
        var compound = new Compound(
                id,
                "GC-%02d".formatted(k + 1),
                operator,
                park,
                parkCountry,
                companies,
                holdings,
                cycleIds,
                workerBank,
                handlerPhone.replace("|", ""),
                dormitory,
                workers,
                mules,
                nominees);
        money(compound, batchDay + span + 2);
        report(compound, k);
        family(compound);
        return compound;
    }

    // ----- money -----

    private void money(Compound compound, int firstDay) {
        long from = Math.max(0, (long) firstDay * DAY);
        long until = (long) (days - 3) * DAY;
        var fronts = compound.operating();
        for (int w = 0; w < compound.workers().size(); w++) {
            var worker = compound.workers().get(w);
            int front = fronts.get(w % fronts.size()).account();
            var about = population.key(worker.account());
            int victims = 2 + random.nextInt(7);
            for (int v = 0; v < victims; v++) {
                int victim = victim();
                int payments = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
                long minute = daytime(from + random.nextLong(Math.max(1, until - from - 6L * DAY)));
                var first = round50(logNormal(7.3, 0.8), 200, 30_000);
                for (int p = 0; p < payments; p++) {
                    var amount = p == 0 ? first : round50(first.multiply(fraction(20, 60)), 100, 30_000);
                    var reference = p == 0 ? pick(VICTIM_REFERENCES) : pick(FOLLOW_UP_REFERENCES);
                    add(minute, victim, worker.account(), amount, "Wire", reference, Kind.VICTIM_PAYMENT, about);
                    var forwarded = amount.multiply(fraction(96, 100)).setScale(2, RoundingMode.DOWN);
                    add(
                            minute + HOUR + random.nextInt(17 * HOUR),
                            worker.account(),
                            front,
                            forwarded,
                            "Wire",
                            pick(FORWARD_REFERENCES),
                            Kind.FORWARD,
                            about);
                    minute = Math.min(until, minute + DAY + random.nextInt(4 * DAY));
                }
            }
        }
        for (var mule : compound.mules()) {
            var about = population.key(mule.account());
            int victims = 3 + random.nextInt(6);
            var inflows = new ArrayList<long[]>();
            for (int v = 0; v < victims; v++) {
                int victim = victim();
                int payments = random.nextInt(10) < 8 ? 1 : 2;
                long minute = daytime(from + random.nextLong(Math.max(1, until - from - 6L * DAY)));
                var first = round50(logNormal(7.5, 0.7), 300, 30_000);
                for (int p = 0; p < payments; p++) {
                    var amount = p == 0 ? first : round50(first.multiply(fraction(30, 70)), 100, 30_000);
                    add(
                            minute,
                            victim,
                            mule.account(),
                            amount,
                            "Wire",
                            p == 0 ? pick(VICTIM_REFERENCES) : pick(FOLLOW_UP_REFERENCES),
                            Kind.VICTIM_PAYMENT,
                            about);
                    inflows.add(new long[] {minute, amount.movePointRight(2).longValueExact()});
                    minute = Math.min(until, minute + DAY + random.nextInt(3 * DAY));
                }
            }
            inflows.sort(Comparator.comparingLong(a -> a[0]));
            long pending = 0;
            for (int i = 0; i < inflows.size(); i++) {
                pending += inflows.get(i)[1];
                if (i == inflows.size() - 1 || random.nextBoolean()) {
                    long minute = inflows.get(i)[0] + 6 * HOUR + random.nextInt(42 * HOUR);
                    var total = BigDecimal.valueOf(pending, 2);
                    int front = fronts.get(random.nextInt(fronts.size())).account();
                    add(
                            minute,
                            mule.account(),
                            front,
                            total.multiply(fraction(80, 92)).setScale(2, RoundingMode.DOWN),
                            "Wire",
                            pick(FORWARD_REFERENCES),
                            Kind.FORWARD,
                            about);
                    if (random.nextBoolean()) {
                        add(
                                minute + HOUR + random.nextInt(3 * HOUR),
                                mule.account(),
                                population.exchange(random),
                                total.multiply(fraction(2, 8)).setScale(2, RoundingMode.DOWN),
                                "Wire",
                                "USDT",
                                Kind.TO_EXCHANGE,
                                about);
                    }
                    pending = 0;
                }
            }
            if (mule.statement()) {
                int employer = population.employer(random);
                holders.putIfAbsent(
                        employer,
                        new Holder(
                                employer,
                                false,
                                names.operating()[0],
                                "",
                                mule.name().nationality(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
                var salary = round50(BigDecimal.valueOf(400 + random.nextInt(600)), 400, 1_000);
                for (long minute = (long) DAY * (1 + random.nextInt(5)) + 9 * HOUR;
                        minute < (long) days * DAY;
                        minute += 30L * DAY) {
                    add(minute, employer, mule.account(), salary, "ACH", "salary", Kind.SALARY, about);
                }
            }
        }
        for (var company : fronts) {
            cashOut(compound, company.account());
        }
    }

    /** Every 3–6 days the front account sends 90–98 % of what came in since the last time to an exchange. */
    private void cashOut(Compound compound, int account) {
        var inflows = transfers.stream()
                .filter(t -> t.to() == account)
                .sorted(Comparator.comparingLong(Transfer::minute))
                .toList();
        if (inflows.isEmpty()) {
            return;
        }
        long next = inflows.getFirst().minute() + (3 + random.nextInt(4)) * DAY;
        var pending = BigDecimal.ZERO;
        for (int i = 0; i < inflows.size(); i++) {
            pending = pending.add(inflows.get(i).usd());
            boolean last = i == inflows.size() - 1;
            if (last || inflows.get(i + 1).minute() > next) {
                long minute = Math.max(next, inflows.get(i).minute() + HOUR);
                if (minute >= (long) days * DAY) {
                    minute = inflows.get(i).minute() + HOUR;
                }
                add(
                        minute,
                        account,
                        population.exchange(random),
                        pending.multiply(fraction(90, 98)).setScale(2, RoundingMode.DOWN),
                        "Wire",
                        "",
                        Kind.CASH_OUT,
                        compound.id());
                pending = BigDecimal.ZERO;
                next = minute + (3 + random.nextInt(4)) * DAY;
            }
        }
    }

    private void add(
            long minute, int from, int to, BigDecimal usd, String format, String reference, Kind kind, String about) {
        transfers.add(new Transfer(
                transfers.size(), minute, from, to, usd, format, reference, kind, about, Place.LEDGER, -1, ""));
    }

    // ----- reports and the statement -----

    private void report(Compound compound, int k) {
        statement(compound);
        var workers = compound.workers();
        int bank = compound.workerBank();
        // the workers' bank
        if (k == 0 || random.nextInt(100) < 75) {
            var reported = new ArrayList<Compound.Worker>();
            for (var worker : workers) {
                if (random.nextInt(100) < 80 || reported.size() + (workers.size() - workers.indexOf(worker)) <= 3) {
                    reported.add(worker);
                }
            }
            var named = random.nextInt(100) < 40 ? reported.get(random.nextInt(reported.size())) : null;
            var indicators = new ArrayList<>(List.of("ML-PASSTHROUGH", "ML-THIRD-PARTY-DEPOSITS"));
            if (named != null || random.nextBoolean()) {
                indicators.add("HT-ACCOUNT-CONTROLLED-BY-THIRD-PARTY");
            }
            if (named != null) {
                indicators.add("HT-MISSING-PERSON");
            }
            var chosen = new ArrayList<Integer>();
            for (var worker : reported) {
                var own = of(population.key(worker.account()), Place.LEDGER);
                int take = Math.min(own.size(), 2 + 2 * random.nextInt(2));
                chosen.addAll(own.subList(0, take));
            }
            var opened = reported.stream()
                    .map(w -> w.opened().toLocalDate())
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            var reason = ("%d personal accounts opened at our branch from %s by foreign nationals, each brought in by"
                            + " the same person, who gave his own phone for most of them; the accounts receive"
                            + " transfers from unrelated private persons abroad, referenced as investments, and pass"
                            + " them on within hours to company accounts.%s")
                    .formatted(
                            reported.size(),
                            opened,
                            named == null
                                    ? ""
                                    : " The family of %s (passport %s) called our hotline: he left for a job offer and has been missing since; he may be held in a scam compound (possible trafficking victim, missing person)."
                                            .formatted(named.name().full(), named.passport()));
            addReport(
                    compound,
                    bank,
                    "workers",
                    workers.getFirst().account(),
                    reason,
                    indicators,
                    chosen,
                    List.of(),
                    named);
        }
        // a victim's bank
        if (random.nextInt(100) < 60) {
            var payments = ofKind(compound, Kind.VICTIM_PAYMENT).stream()
                    .filter(t -> holders.containsKey(t.to()) && isWorker(compound, t.to()))
                    .toList();
            if (!payments.isEmpty()) {
                var first = payments.get(random.nextInt(payments.size()));
                var chosen = payments.stream()
                        .filter(t -> t.from() == first.from())
                        .map(Transfer::seq)
                        .toList();
                addReport(
                        compound,
                        population.bankIndex(first.from()),
                        "victim",
                        first.from(),
                        "Our customer reports that she was persuaded through a messaging app to invest on a trading"
                                + " platform and paid the accounts below as deposits and fees; the platform no longer lets"
                                + " her withdraw. Investment fraud (pig-butchering).",
                        List.of("FR-INVESTMENT-SCAM"),
                        chosen,
                        List.of(),
                        null);
            }
        }
        // a front company's bank
        if (random.nextInt(100) < 60) {
            var company =
                    compound.operating().get(random.nextInt(compound.operating().size()));
            var in = transfers.stream()
                    .filter(t -> t.to() == company.account() && t.place() == Place.LEDGER)
                    .map(Transfer::seq)
                    .limit(3 + random.nextInt(4))
                    .toList();
            var out = transfers.stream()
                    .filter(t -> t.from() == company.account() && t.place() == Place.LEDGER)
                    .map(Transfer::seq)
                    .limit(1 + random.nextInt(2))
                    .toList();
            var chosen = new ArrayList<>(in);
            chosen.addAll(out);
            addReport(
                    compound,
                    population.bankIndex(company.account()),
                    "company",
                    company.account(),
                    "Company account of %s with no visible trading activity: it receives many transfers from private"
                            + " persons' accounts, referenced as fees, and moves them within days to a virtual-asset"
                            + " exchange.".formatted(company.name()),
                    List.of("ML-SHELL-COMPANY", "ML-VASP-CASHOUT"),
                    chosen,
                    List.of(),
                    null);
        }
        // mules' banks
        for (var mule : compound.mules()) {
            if (!mule.statement() && random.nextBoolean()) {
                var own = of(population.key(mule.account()), Place.LEDGER);
                var indicators = new ArrayList<>(List.of("ML-MONEY-MULE"));
                if (random.nextInt(100) < 30) {
                    indicators.add("HT-SUSPECTED-TRAFFICKING");
                }
                addReport(
                        compound,
                        population.bankIndex(mule.account()),
                        "mule",
                        mule.account(),
                        "Long-standing personal account of %s, dormant until recently, now receives payments from"
                                + " several private persons abroad and passes most of them on to company accounts"
                                + " and an exchange; the customer says he was paid to let friends use it."
                                        .formatted(mule.name().full()),
                        indicators,
                        own.subList(0, Math.min(own.size(), 3 + random.nextInt(3))),
                        List.of(),
                        null);
            }
        }
    }

    /** The statement of the first mule: all of its transfers, none of them in the ledger or a report. */
    private void statement(Compound compound) {
        var mule = compound.mules().getFirst();
        var own = transfers.stream()
                .filter(t -> t.about().equals(population.key(mule.account())))
                .filter(t -> t.from() == mule.account() || t.to() == mule.account())
                .sorted(Comparator.comparingLong(Transfer::minute).thenComparingInt(Transfer::seq))
                .toList();
        int document = statements.size();
        var file = "camt053/statement-%s-%s.xml"
                .formatted(compound.id().toLowerCase(Locale.ROOT), population.number(mule.account()));
        var seqs = new ArrayList<Integer>();
        for (int i = 0; i < own.size(); i++) {
            var t = own.get(i);
            var when = start.plusMinutes(t.minute());
            var ref = "%s%s-%s-%02d"
                    .formatted(
                            population.bank(mule.account()),
                            when.toLocalDate().toString().replace("-", ""),
                            population.number(mule.account()).substring(5),
                            i + 1);
            transfers.set(t.seq(), t.placed(Place.CAMT053, document, ref));
            seqs.add(t.seq());
        }
        statements.add(new CompoundPlan.Statement(
                file,
                mule.account(),
                compound.id(),
                round50(BigDecimal.valueOf(100 + random.nextInt(900)), 100, 1_000),
                seqs));
    }

    private void addReport(
            Compound compound,
            int bank,
            String about,
            int subject,
            String reason,
            List<String> indicators,
            List<Integer> seqs,
            List<Integer> parties,
            Compound.Worker namedVictim) {
        int document = reports.size();
        int rentity = rentity(bank);
        var reference = "STR-%s-%03d".formatted(compound.id(), document + 1);
        var placed = new ArrayList<Integer>();
        for (int seq : seqs) {
            var t = transfers.get(seq);
            if (t.place() != Place.LEDGER) {
                continue;
            }
            transfers.set(seq, t.placed(Place.GOAML, document, "%s-T%05d".formatted(compound.id(), seq + 1)));
            placed.add(seq);
        }
        if (placed.isEmpty() && parties.isEmpty() && namedVictim == null) {
            return;
        }
        reports.add(new CompoundPlan.Report(
                "goaml/str-%d-%s.xml".formatted(rentity, reference.toLowerCase(Locale.ROOT)),
                bank,
                reference,
                compound.id(),
                about,
                subject,
                reason,
                indicators,
                placed,
                parties,
                namedVictim));
    }

    /** A family at one bank sharing a home phone: the look-alike of a batch of workers. */
    private void family(Compound compound) {
        int first = freshPerson();
        var name = names.local();
        var phone = phone(name.nationality());
        boolean together = random.nextBoolean();
        int day = -200 - random.nextInt(3000);
        var members = new ArrayList<Integer>();
        members.add(first);
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            int relative = population.personAtSameBank(first, random);
            if (!members.contains(relative)
                    && !used.contains(relative)
                    && population.bankIndex(relative) == population.bankIndex(first)) {
                members.add(relative);
                used.add(relative);
            }
        }
        for (int m = 0; m < members.size(); m++) {
            var person = m == 0 ? name : names.relative(name);
            int account = members.get(m);
            holders.put(
                    account,
                    new Holder(
                            account,
                            true,
                            person.first(),
                            person.last(),
                            person.nationality(),
                            born(1950 + 25 * Math.min(m, 1), 20),
                            "ID",
                            digits(9),
                            phone,
                            "No. " + (1 + random.nextInt(200)) + ", Soi " + (1 + random.nextInt(80)) + "|"
                                    + city(person.nationality()) + "|" + person.nationality(),
                            at(together ? day : day + random.nextInt(2000), 10 + random.nextInt(6)),
                            null,
                            null));
        }
        var id = compound.id() + "-F";
        var why = together
                ? "a family's accounts at one bank, opened on one day, giving one home phone: legitimate"
                : "a family's accounts at one bank, opened years apart, giving one home phone: legitimate";
        families.add(new CompoundPlan.Family(id, members, together, why));
        addReport(
                compound,
                population.bankIndex(first),
                "family",
                first,
                "Cash deposits by members of one family into their accounts over several weeks, each below the"
                        + " reporting threshold; the family explains them as proceeds of their market stall.",
                List.of("ML-CASH-DEPOSITS"),
                List.of(),
                members,
                null);
    }

    // ----- helpers -----

    private List<Integer> of(String about, Place place) {
        return transfers.stream()
                .filter(t -> t.about().equals(about) && t.place() == place)
                .sorted(Comparator.comparingLong(Transfer::minute).thenComparingInt(Transfer::seq))
                .map(Transfer::seq)
                .toList();
    }

    private List<Transfer> ofKind(Compound compound, Kind kind) {
        var workers = compound.workers().stream()
                .map(w -> population.key(w.account()))
                .toList();
        var mules =
                compound.mules().stream().map(m -> population.key(m.account())).toList();
        return transfers.stream()
                .filter(t -> t.kind() == kind && t.place() == Place.LEDGER)
                .filter(t -> workers.contains(t.about()) || mules.contains(t.about()))
                .toList();
    }

    private static boolean isWorker(Compound compound, int account) {
        return compound.workers().stream().anyMatch(w -> w.account() == account);
    }

    /** A fraud victim: an ordinary person, with the name the banks know. */
    private int victim() {
        int person = freshPerson();
        var name = names.anyone();
        holders.put(
                person,
                new Holder(
                        person,
                        true,
                        name.first(),
                        name.last(),
                        name.nationality(),
                        born(1950, 40),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        return person;
    }

    /** An ordinary person not used by a compound yet (a victim, a mule, a family member). */
    private int freshPerson() {
        while (true) {
            int person = population.person(random);
            if (used.add(person)) {
                return person;
            }
        }
    }

    /** goAML's reporting-entity id of a bank: its number. */
    private int rentity(int bank) {
        return Integer.parseInt(population.bankId(bank));
    }

    private Compound.Holding share(String owner, String subject, int room, boolean top) {
        if (random.nextInt(10) < 3) { // a range, as registers of control thresholds state them
            return room >= 100 && top
                    ? new Compound.Holding(
                            owner, subject, null, new BigDecimal("75"), new BigDecimal("100"), false, since())
                    : new Compound.Holding(
                            owner,
                            subject,
                            null,
                            new BigDecimal("50"),
                            BigDecimal.valueOf(Math.min(75, room)),
                            false,
                            since());
        }
        var options =
                List.of(100, 90, 80, 75, 70, 60).stream().filter(s -> s <= room).toList();
        return exact(owner, subject, options.get(random.nextInt(options.size())), false);
    }

    private Compound.Holding exact(String owner, String subject, int percent, boolean nominee) {
        return new Compound.Holding(owner, subject, BigDecimal.valueOf(percent), null, null, nominee, since());
    }

    private LocalDate since() {
        return start.toLocalDate().minusDays(200 + random.nextInt(1500));
    }

    private LocalDate founded() {
        return start.toLocalDate().minusDays(300 + random.nextInt(2500));
    }

    private LocalDate born(int from, int years) {
        return LocalDate.of(from + random.nextInt(years), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** A time on {@code day} days after the start, at {@code hour} and a random minute. */
    private LocalDateTime at(int day, int hour) {
        return start.toLocalDate().plusDays(day).atTime(hour, random.nextInt(60));
    }

    /** The minute moved into the day (8:00–22:00 UTC+7, when victims pay). */
    private long daytime(long minute) {
        long day = minute / DAY;
        return day * DAY + 60 + random.nextInt(14 * HOUR);
    }

    /** {@code <country prefix>|<national number>}. */
    private String phone(String country) {
        return switch (country) {
            case "KH" -> "855|" + List.of("97", "96", "88", "78").get(random.nextInt(4)) + digits(7);
            case "LA" -> "856|20" + digits(8);
            case "MM" -> "95|9" + digits(9);
            case "TH" -> "66|" + List.of("8", "9", "6").get(random.nextInt(3)) + digits(8);
            case "MY" -> "60|1" + digits(8);
            case "VN" -> "84|9" + digits(8);
            case "ID" -> "62|8" + digits(10);
            case "PH" -> "63|9" + digits(9);
            case "KE" -> "254|7" + digits(8);
            case "LK" -> "94|7" + digits(8);
            default -> "86|13" + digits(9);
        };
    }

    private static String city(String country) {
        return switch (country) {
            case "KH" -> "Sihanoukville";
            case "LA" -> "Ton Pheung";
            case "MM" -> "Myawaddy";
            case "TH" -> "Bangkok";
            case "MY" -> "Kuala Lumpur";
            default -> "Phnom Penh";
        };
    }

    private static String passportPrefix(String country) {
        return switch (country) {
            case "VN" -> "C";
            case "ID" -> "X";
            case "PH" -> "P";
            case "KE" -> "AK";
            case "LK" -> "N";
            case "MM" -> "MD";
            default -> "E";
        };
    }

    private String digits(int count) {
        var text = new StringBuilder();
        text.append(1 + random.nextInt(9));
        for (int i = 1; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private BigDecimal fraction(int lowPercent, int highPercent) {
        return BigDecimal.valueOf(lowPercent * 100L + random.nextInt((highPercent - lowPercent) * 100 + 1), 4);
    }

    private BigDecimal logNormal(double mu, double sigma) {
        return BigDecimal.valueOf(Math.exp(mu + sigma * gaussian()));
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Rounded to 50 USD (victims pay round sums), within [low, high]. */
    private static BigDecimal round50(BigDecimal usd, int low, int high) {
        var rounded =
                usd.divide(BigDecimal.valueOf(50), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(50));
        return rounded.max(BigDecimal.valueOf(low))
                .min(BigDecimal.valueOf(high))
                .setScale(2, RoundingMode.UNNECESSARY);
    }
}
