package org.flowtrace.samples.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The generated accounts: their banks, numbers, currencies and roles. Exchanges come first, then
 * employers, merchants and private persons; every person works for one employer. Account numbers are
 * nine hexadecimal digits as in AMLworld, unique because they are an odd multiple of the index modulo
 * 2<sup>36</sup>.
 */
final class Population {

    enum Kind {
        EXCHANGE,
        EMPLOYER,
        MERCHANT,
        PERSON
    }

    private final int size;
    private final int exchanges;
    private final int employers;
    private final int merchants;
    private final String[] banks;
    private final Currencies[] bankCurrencies;
    private final int[] bankOf;
    private final String[] numbers;
    /** Accounts opened after the population was drawn ({@link #open(int)}), by index beyond {@link #size()}. */
    private int[] openedBankOf = new int[16];

    private int opened;

    Population(int size, SplittableRandom random) {
        this.size = size;
        this.exchanges = Math.max(3, size / 1000);
        this.employers = Math.max(10, size * 3 / 100);
        this.merchants = Math.max(20, size * 8 / 100);
        int bankCount = Math.max(20, size / 500);
        banks = new String[bankCount];
        bankCurrencies = new Currencies[bankCount];
        var others = Currencies.values();
        for (int b = 0; b < bankCount; b++) {
            banks[b] = "%05d".formatted(b * 7 + 10);
            bankCurrencies[b] = random.nextInt(10) < 7 ? Currencies.USD : others[1 + random.nextInt(others.length - 1)];
        }
        bankOf = new int[size];
        numbers = new String[size];
        for (int i = 0; i < size; i++) {
            // a few large banks hold most accounts
            bankOf[i] = (int) (bankCount * Math.pow(random.nextDouble(), 2.5));
            numbers[i] = numberOf(i);
        }
    }

    private static String numberOf(int index) {
        return "%09X".formatted((index * 0x9E3779B1L + 0x1234567L) & 0xFFFFFFFFFL);
    }

    int size() {
        return size;
    }

    Kind kind(int account) {
        if (account < exchanges) {
            return Kind.EXCHANGE;
        }
        if (account < exchanges + employers) {
            return Kind.EMPLOYER;
        }
        return account < exchanges + employers + merchants ? Kind.MERCHANT : Kind.PERSON;
    }

    String bank(int account) {
        return banks[bankIndex(account)];
    }

    String number(int account) {
        return account < size ? numbers[account] : numberOf(account);
    }

    Currencies currency(int account) {
        return bankCurrencies[bankIndex(account)];
    }

    /** The bank of an account, as an index of the banks (0 is the largest). */
    int bankIndex(int account) {
        return account < size ? bankOf[account] : openedBankOf[account - size];
    }

    /** The id of a bank (by index), as the ledger writes it. */
    String bankId(int bank) {
        return banks[bank];
    }

    int bankCount() {
        return banks.length;
    }

    /**
     * Opens one more account at a bank, beyond the population: it takes part in no ordinary activity (the
     * accounts of planted structures whose every transfer is planted). Its number follows the same rule,
     * so it is unique too.
     */
    int open(int bank) {
        if (opened == openedBankOf.length) {
            openedBankOf = Arrays.copyOf(openedBankOf, opened * 2);
        }
        openedBankOf[opened] = bank;
        return size + opened++;
    }

    /** All accounts: the population and those opened since. */
    int accountCount() {
        return size + opened;
    }

    /** The key flowtrace stores the account under ({@code bank:number}). */
    String key(int account) {
        return bank(account) + ":" + number(account);
    }

    int exchange(SplittableRandom random) {
        return random.nextInt(exchanges);
    }

    int employer(SplittableRandom random) {
        return exchanges + random.nextInt(employers);
    }

    int employerOf(int person) {
        return exchanges + person % employers;
    }

    /** A merchant, popular ones far more often (a power law over the merchants). */
    int merchant(SplittableRandom random) {
        return exchanges + employers + (int) (merchants * Math.pow(random.nextDouble(), 3));
    }

    int person(SplittableRandom random) {
        int first = exchanges + employers + merchants;
        return first + random.nextInt(size - first);
    }

    /** A person whose bank keeps another currency than {@code account}'s, or any person if none is found. */
    int personAbroad(int account, SplittableRandom random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int other = person(random);
            if (currency(other) != currency(account)) {
                return other;
            }
        }
        return person(random);
    }

    /** A person with the same bank as {@code account} (family members often bank together), or any person. */
    int personAtSameBank(int account, SplittableRandom random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int other = person(random);
            if (bankOf[other] == bankOf[account] && other != account) {
                return other;
            }
        }
        return person(random);
    }
}
