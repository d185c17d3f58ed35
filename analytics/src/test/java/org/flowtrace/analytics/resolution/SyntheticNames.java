package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic names of the region for the benchmarks of resolution and screening: persons of a common
 * surname (half) or a two-syllable one and one or two given syllables; companies of two or three words
 * and a legal form; dates of birth (10 % none, 10 % a year only); and the variations another source
 * writes a person's name with. The random draws are made in a fixed order, so a seed gives the same data.
 */
public final class SyntheticNames {

    public static final String[] SURNAMES = {
        "nguyen",
        "tran",
        "le",
        "pham",
        "hoang",
        "vu",
        "dang",
        "bui",
        "chen",
        "wang",
        "li",
        "zhang",
        "liu",
        "zhao",
        "huang",
        "lin",
        "sok",
        "chan",
        "chea",
        "heng",
        "keo",
        "meas",
        "ouk",
        "srey",
        "saelim",
        "wongsawat",
        "charoen",
        "srisuk",
        "thongdee",
        "boonmee",
        "smith",
        "brown",
        "tan",
        "lim",
        "ong",
        "kim",
        "park",
        "aung",
        "kyaw",
        "santos",
        "reyes",
        "she",
        "xu",
        "ma",
        "guo",
        "he",
        "luo",
        "song",
        "deng",
        "feng"
    };
    public static final String[] SYLLABLES = {
        "an", "binh", "chi", "dung", "hai", "hoa", "hung", "khanh", "lan", "long", "minh", "nam", "ngoc", "phuc",
        "quang", "son", "thanh", "trung", "tuan", "van", "wei", "jie", "ming", "hua", "jun", "yan", "xiao", "zhi",
        "jiang", "qiang", "hui", "lei", "tao", "bo", "dara", "sophea", "vanna", "pisey", "sokha", "rith", "sina",
        "chai", "som", "porn", "sak", "rat", "thong", "wut", "kit", "pong", "mal", "john", "mary", "david", "anna",
        "peter", "sara", "kyi", "htun", "zaw", "moe", "win", "lwin", "naing", "thu", "ya", "mei", "ling", "fang", "xin",
        "yu", "kai", "ren", "bao", "cheng", "da", "fei", "gang", "hong"
    };
    public static final String[] WORDS = {
        "golden",
        "lotus",
        "mekong",
        "star",
        "dragon",
        "phoenix",
        "river",
        "ocean",
        "jade",
        "pearl",
        "royal",
        "lucky",
        "fortune",
        "sunrise",
        "silver",
        "crown",
        "tiger",
        "eagle",
        "lion",
        "orchid",
        "bamboo",
        "lantern",
        "harbor",
        "summit",
        "horizon",
        "unity",
        "prosper",
        "harmony",
        "emerald",
        "sapphire",
        "diamond",
        "azure",
        "crimson",
        "ivory",
        "kingdom",
        "empire",
        "pacific",
        "asia",
        "angkor",
        "siam",
        "saigon",
        "hanoi",
        "yangon",
        "kokang",
        "shwe",
        "jin",
        "bei",
        "tai",
        "long",
        "fa",
        "hong",
        "xing",
        "wan",
        "fu",
        "sheng",
        "an",
        "kai",
        "yuan",
        "tong",
        "trading",
        "investment",
        "holding",
        "development",
        "technology",
        "logistics",
        "resources",
        "entertainment",
        "construction",
        "property",
        "capital",
        "services",
        "global",
        "international",
        "group",
        "import",
        "export",
        "digital",
        "network",
        "media",
        "energy",
        "mining",
        "agro",
        "foods",
        "textile",
        "garment",
        "shipping",
        "travel",
        "tours",
        "hotel",
        "resort",
        "casino",
        "finance",
        "payment",
        "exchange",
        "security",
        "consulting",
        "engineering",
        "solutions"
    };
    public static final String[] FORMS = {
        "Co., Ltd.", "Company Limited", "Ltd", "LLC", "Pte Ltd", "Sdn Bhd", "JSC", "PLC", "Inc.", "Limited", ""
    };
    public static final String[] COUNTRIES = {"KH", "TH", "VN", "CN", "MM", "LA", "MY", "SG", "HK", "PH"};

    private SyntheticNames() {}

    public static String country(SplittableRandom random) {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    public static String personName(SplittableRandom random) {
        var given =
                capital(pick(SYLLABLES, random)) + (random.nextBoolean() ? " " + capital(pick(SYLLABLES, random)) : "");
        var surname = random.nextBoolean() ? pick(SURNAMES, random) : pick(SYLLABLES, random) + pick(SYLLABLES, random);
        return capital(surname) + " " + given;
    }

    public static @Nullable String birthDate(SplittableRandom random) {
        double dob = random.nextDouble();
        if (dob >= 0.9) {
            return null;
        }
        int year = 1950 + random.nextInt(56);
        return dob < 0.8
                ? "%d-%02d-%02d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28))
                : String.valueOf(year);
    }

    public static String companyName(SplittableRandom random) {
        int words = 2 + random.nextInt(2);
        var name = new StringBuilder();
        for (int w = 0; w < words; w++) {
            name.append(capital(pick(WORDS, random))).append(' ');
        }
        return (name + pick(FORMS, random)).strip();
    }

    /** A person's name tokens as another source writes them: surname last, in capitals, a typo, or a middle name dropped. */
    public static List<String> personVariant(List<String> written, SplittableRandom random) {
        var tokens = new ArrayList<>(written);
        switch (random.nextInt(4)) {
            case 0 -> tokens.add(tokens.removeFirst()); // surname last
            case 1 -> tokens.set(0, tokens.getFirst().toUpperCase(Locale.ROOT));
            case 2 -> {
                var last = tokens.getLast();
                if (last.length() > 4) {
                    tokens.set(
                            tokens.size() - 1,
                            last.substring(0, 2) + last.charAt(3) + last.charAt(2) + last.substring(4));
                }
            }
            default -> {
                if (tokens.size() > 2) {
                    tokens.remove(1);
                }
            }
        }
        return tokens;
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
