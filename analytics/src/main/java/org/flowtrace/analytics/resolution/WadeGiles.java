package org.flowtrace.analytics.resolution;

/**
 * A Hanyu Pinyin syllable (lower case, no tones) in Wade–Giles as names are written in Taiwan and in
 * older documents, without apostrophes or umlauts: {@code zhang} → {@code chang}, {@code xu} →
 * {@code hsu}, {@code cai} → {@code tsai}, {@code zhi} → {@code chih}, {@code guo} → {@code kuo},
 * {@code rong} → {@code jung}, {@code si} → {@code ssu}, {@code jian} → {@code chien}. Rules from the
 * standard conversion tables (Library of Congress, "Pinyin Conversion Project", 2000; Wade 1867, Giles
 * 1912): initials b p d t g k j q zh ch z c x r → p p t t k k ch ch ch ch ts ts hs j; finals -ong → -ung,
 * -ian → -ien, -ie → -ieh, -üe → -ueh, -i after z c s → -u, after zh ch sh r → -ih, {@code e} alone → o
 * after g k h, -uo → -o after d t n l z c s r, -ui → -uei after g k, {@code you} → {@code yu},
 * {@code yan} → {@code yen}, {@code ye} → {@code yeh}, {@code yi} → {@code i}. Thread-safe.
 */
final class WadeGiles {

    private WadeGiles() {}

    static String of(String pinyin) {
        var special = switch (pinyin) {
            case "you" -> "yu";
            case "yan" -> "yen";
            case "ye" -> "yeh";
            case "yi" -> "i";
            case "yong" -> "yung";
            case "yue" -> "yueh";
            case "zi" -> "tzu";
            case "ci" -> "tzu";
            case "si" -> "ssu";
            case "zhi" -> "chih";
            case "chi" -> "chih";
            case "shi" -> "shih";
            case "ri" -> "jih";
            case "er" -> "erh";
            default -> null;
        };
        if (special != null) {
            return special;
        }
        String initial = "";
        String rest = pinyin;
        for (var candidate : new String[] {
            "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s",
            "y", "w"
        }) {
            if (pinyin.startsWith(candidate)) {
                initial = candidate;
                rest = pinyin.substring(candidate.length());
                break;
            }
        }
        var wgInitial = switch (initial) {
            case "b" -> "p";
            case "d" -> "t";
            case "g" -> "k";
            case "j", "q", "zh" -> "ch";
            case "x" -> "hs";
            case "r" -> "j";
            case "z", "c" -> "ts";
            default -> initial;
        };
        var final_ = rest;
        if (final_.endsWith("iong")) {
            final_ = final_.substring(0, final_.length() - 4) + "iung";
        } else if (final_.endsWith("ong")) {
            final_ = final_.substring(0, final_.length() - 3) + "ung";
        } else if (final_.equals("ian")) {
            final_ = "ien";
        } else if (final_.equals("ie")) {
            final_ = "ieh";
        } else if (final_.equals("ue") || final_.equals("ve")) {
            final_ = "ueh";
        } else if (final_.equals("e") && ("g".equals(initial) || "k".equals(initial) || "h".equals(initial))) {
            final_ = "o";
        } else if (final_.equals("uo") && "dtnlzcsr".contains(initial) && initial.length() == 1) {
            final_ = "o";
        } else if (final_.equals("ui") && ("g".equals(initial) || "k".equals(initial))) {
            final_ = "uei";
        } else if (final_.equals("v")) {
            final_ = "u";
        }
        return wgInitial + final_;
    }
}
