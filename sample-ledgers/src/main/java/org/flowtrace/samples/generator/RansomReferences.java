package org.flowtrace.samples.generator;

import java.util.SplittableRandom;

/**
 * The payment references of the ledger rows. Ransom payments carry what families write when a compound
 * tells them to disguise the ransom as a debt, a release fee or a ticket home — in Vietnamese,
 * Indonesian and Malay, Thai, Chinese, Burmese, Khmer and English (UNODC 2024; the reference lists of
 * analytics' {@code RansomWords}) — and a fair share say nothing of the kind or nothing at all. Family
 * remittances carry what remittances say ("for mum", "school", "gia đình"), a few of them a debt or a
 * ticket too (a family repaying a bank loan, a fare home for the new year), as real ones do. Ordinary
 * rows carry ordinary references (card purchases, bills, rent, invoices, salaries), with the odd loan
 * repaid between friends.
 */
final class RansomReferences {

    private static final String[] RANSOM_NAMED = {
        "debt",
        "trả nợ",
        "tra no cho anh",
        "trả nợ cho em",
        "hutang",
        "bayar hutang",
        "tebusan",
        "tebus adik",
        "ค่าไถ่",
        "หนี้",
        "ใช้หนี้",
        "释放 fee",
        "释放费用",
        "还债",
        "ticket home",
        "vé máy bay về nhà",
        "tiền chuộc",
        "repay loan",
        "pay his debt",
        "release fee",
        "ကြွေးဆပ်",
        "បំណុល",
        "loan"
    };
    private static final String[] RANSOM_UNNAMED = {
        "urgent", "for Minh", "help", "please", "phí", "family", "gửi anh", "untuk adik", "ส่งเงิน", "给儿子"
    };
    private static final String[] ONWARD = {"", "", "transfer", "USDT", "top up", "exchange"};
    private static final String[] REMITTANCE = {
        "for mum", "for mom", "school", "school fees", "monthly support", "gia đình", "gửi mẹ", "tiền học",
        "kirim untuk ibu", "uang sekolah", "biaya sekolah", "ค่าเทอม", "ส่งเงินให้แม่", "生活费", "家用", "hospital",
        "medicine", "Tết", "house repair", "family support", "monthly", "rent for parents", "for dad", "tiền nhà"
    };
    private static final String[] REMITTANCE_NAMED = {
        "trả nợ ngân hàng", "repay uncle loan", "bayar hutang motor", "ใช้หนี้ธนาคาร", "vé máy bay Tết", "tiket pulang"
    };
    private static final String[] BILLS = {
        "electricity", "water bill", "phone bill", "internet", "insurance premium", "gym", "subscription", "tuition"
    };
    private static final String[] BETWEEN_PERSONS = {
        "rent", "dinner", "thanks", "taxi share", "birthday", "gift", "groceries", "concert tickets", "holiday"
    };
    private static final String[] BETWEEN_PERSONS_NAMED = {"loan repayment", "pay back", "owe you"};
    private static final String[] LAUNDERING = {
        "invoice", "services", "consulting", "goods", "transfer", "payment", "investment", "trade settlement"
    };

    private final SplittableRandom random;

    RansomReferences(SplittableRandom random) {
        this.random = random;
    }

    /** A relative's payment of a ransom. */
    String ransomPayment() {
        int kind = random.nextInt(100);
        if (kind < 60) {
            return pick(RANSOM_NAMED);
        }
        return kind < 80 ? pick(RANSOM_UNNAMED) : "";
    }

    /** A family's remittance to a relative abroad. */
    String remittance() {
        int kind = random.nextInt(100);
        if (kind < 6) {
            return pick(REMITTANCE_NAMED);
        }
        return kind < 85 ? pick(REMITTANCE) : "";
    }

    /** A row of a planted pattern. */
    String planted(PlantedPattern pattern, PlannedRow row) {
        return switch (pattern.typology()) {
            case RANSOM -> row.to() == pattern.accounts().get(0) ? ransomPayment() : pick(ONWARD);
            case FAMILY_REMITTANCE -> remittance();
            case PAYROLL -> "salary";
            case MERCHANT_BURST -> "card purchase";
            case STRUCTURING -> random.nextBoolean() ? "cash deposit" : "";
            default -> random.nextInt(4) == 0 ? "" : numbered(pick(LAUNDERING));
        };
    }

    /** A row of ordinary activity. */
    String background(Population population, int from, int to, String format) {
        if (random.nextInt(100) < 12) {
            return "";
        }
        var payer = population.kind(from);
        var payee = population.kind(to);
        if (payer == Population.Kind.EXCHANGE || payee == Population.Kind.EXCHANGE) {
            return payer == Population.Kind.EXCHANGE ? "withdrawal" : random.nextBoolean() ? "deposit" : "top up";
        }
        if (payer == Population.Kind.EMPLOYER && payee == Population.Kind.PERSON) {
            return "salary";
        }
        if (payer != Population.Kind.PERSON) {
            return numbered(random.nextBoolean() ? "invoice" : "PO");
        }
        if (payee == Population.Kind.MERCHANT) {
            return format.equals("Credit Card") ? "POS " + (1000 + random.nextInt(9000)) : pick(BILLS);
        }
        if (population.currency(from) != population.currency(to)) {
            return remittance();
        }
        if (format.equals("Cash")) {
            return "cash";
        }
        return random.nextInt(100) < 3 ? pick(BETWEEN_PERSONS_NAMED) : pick(BETWEEN_PERSONS);
    }

    private String numbered(String word) {
        return word + " " + (10_000 + random.nextInt(90_000));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
