package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Company legal forms and the like, removed from organisation names before they are compared, so that
 * {@code Golden Lotus Investment Co., Ltd.}, {@code GOLDEN LOTUS INVESTMENT LIMITED} and
 * {@code บริษัท โกลเด้น โลตัส จำกัด} all come down to their distinctive words. Forms written in their
 * own script (Thai บริษัท … จำกัด, Chinese 有限公司, Khmer ក្រុមហ៊ុន, Vietnamese Công ty TNHH …) are
 * removed before transliteration; Latin forms after it, as whole tokens. A name made only of such words
 * keeps them (a company called "Holding Company Limited" is still that).
 */
final class LegalForms {

    /** Written in their own script; removed wherever they stand in the name. */
    private static final List<String> NATIVE = List.of(
            "股份有限公司",
            "有限责任公司",
            "有限責任公司",
            "有限公司",
            "股份公司",
            "公司",
            "株式会社",
            "有限会社",
            "주식회사",
            "ห้างหุ้นส่วนจำกัด",
            "บริษัท",
            "บจก.",
            "จำกัด",
            "(มหาชน)",
            "มหาชน",
            "ក្រុមហ៊ុន",
            "ឯ.ក",
            "ឯកជន",
            "ខូ.អិលធីឌី",
            "ទទួលខុសត្រូវមានកម្រិត",
            "ကုမ္ပဏီ",
            "လီမိတက်",
            "Công ty",
            "công ty",
            "CÔNG TY");

    /** Latin-script forms as ASCII token sequences, longest first; matched anywhere in the token list. */
    private static final List<List<String>> LATIN = sortedLongestFirst(List.of(
            "co ltd",
            "co limited",
            "company limited",
            "public company limited",
            "public limited company",
            "pcl",
            "company",
            "limited",
            "ltd",
            "co",
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "llc",
            "l l c",
            "lp",
            "llp",
            "plc",
            "pt",
            "tbk",
            "persero",
            "cv",
            "sdn bhd",
            "sdn",
            "bhd",
            "berhad",
            "pte",
            "pte ltd",
            "private limited",
            "pvt",
            "jsc",
            "ojsc",
            "pjsc",
            "cjsc",
            "joint stock company",
            "oao",
            "zao",
            "ooo",
            "gmbh",
            "ag",
            "sa",
            "sas",
            "sarl",
            "bv",
            "nv",
            "srl",
            "spa",
            "pty",
            "fze",
            "fzco",
            "fzc",
            "dmcc",
            "cong ty",
            "tnhh",
            "co phan",
            "cp",
            "mtv",
            "mot thanh vien",
            "hai thanh vien",
            "one member",
            "the"));

    /**
     * Generic words of company names written in Chinese, replaced by their English equivalents before
     * transliteration ({@code 金贝集团} → {@code 金贝 group} → {@code jin bei group}), so that a name and
     * its translation compare; the distinctive part is transliterated as it sounds.
     */
    private static final Map<String, String> CHINESE_WORDS = Map.ofEntries(
            Map.entry("集团", " group "),
            Map.entry("集團", " group "),
            Map.entry("控股", " holding "),
            Map.entry("国际", " international "),
            Map.entry("國際", " international "),
            Map.entry("投资", " investment "),
            Map.entry("投資", " investment "),
            Map.entry("房地产", " real estate "),
            Map.entry("房地產", " real estate "),
            Map.entry("开发", " development "),
            Map.entry("開發", " development "),
            Map.entry("贸易", " trading "),
            Map.entry("貿易", " trading "),
            Map.entry("科技", " technology "),
            Map.entry("娱乐", " entertainment "),
            Map.entry("娛樂", " entertainment "),
            Map.entry("物流", " logistics "),
            Map.entry("地产", " properties "),
            Map.entry("地產", " properties "),
            Map.entry("置业", " properties "),
            Map.entry("置業", " properties "),
            Map.entry("发展", " development "),
            Map.entry("發展", " development "),
            Map.entry("实业", " industrial "),
            Map.entry("實業", " industrial "),
            Map.entry("工业", " industrial "),
            Map.entry("工業", " industrial "),
            Map.entry("航运", " shipping "),
            Map.entry("航運", " shipping "),
            Map.entry("酒店", " hotel "),
            Map.entry("资本", " capital "),
            Map.entry("資本", " capital "),
            Map.entry("金融", " financial "),
            Map.entry("保险", " insurance "),
            Map.entry("保險", " insurance "),
            Map.entry("证券", " securities "),
            Map.entry("證券", " securities "),
            Map.entry("银行", " bank "),
            Map.entry("銀行", " bank "));

    private static final List<Map.Entry<String, String>> CHINESE_WORDS_LONGEST_FIRST = CHINESE_WORDS.entrySet().stream()
            .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
            .toList();

    /** Generic words of Vietnamese company names (after transliteration), as English tokens. */
    private static final Map<List<String>, String> VIETNAMESE_WORDS = Map.of(
            List.of("tap", "doan"), "group",
            List.of("dau", "tu"), "investment",
            List.of("thuong", "mai"), "trading",
            List.of("phat", "trien"), "development",
            List.of("bat", "dong", "san"), "real estate",
            List.of("cong", "nghe"), "technology",
            List.of("xay", "dung"), "construction",
            List.of("ngan", "hang"), "bank");

    private static final Set<String> SINGLE =
            Set.of("co", "ltd", "inc", "llc", "plc", "pt", "sdn", "bhd", "pte", "jsc", "tnhh", "gmbh", "corp");

    private LegalForms() {}

    /** The name without the legal forms written in a non-Latin script. */
    static String withoutNativeForms(String name) {
        var result = name;
        for (var form : NATIVE) {
            if (result.contains(form)) {
                var stripped = result.replace(form, " ").strip();
                if (!stripped.isEmpty()) {
                    result = stripped;
                }
            }
        }
        return result;
    }

    /** The name with the generic words written in Chinese replaced by English ones. */
    static String withTranslatedWords(String name) {
        var result = name;
        for (var word : CHINESE_WORDS_LONGEST_FIRST) {
            if (result.contains(word.getKey())) {
                result = result.replace(word.getKey(), word.getValue());
            }
        }
        return result;
    }

    /** The tokens with generic Vietnamese words ({@code tap doan}, {@code dau tu} …) in English. */
    static List<String> withTranslatedTokens(List<String> tokens) {
        return rewrite(
                tokens,
                VIETNAMESE_WORDS.entrySet().stream()
                        .map(word ->
                                Map.entry(word.getKey(), List.of(word.getValue().split(" "))))
                        .toList());
    }

    /** The tokens without the Latin legal forms (the tokens themselves when nothing else would be left). */
    static List<String> withoutLatinForms(List<String> tokens) {
        var kept = rewrite(
                tokens,
                LATIN.stream().map(form -> Map.entry(form, List.<String>of())).toList());
        return kept.isEmpty() ? tokens : kept;
    }

    /** The tokens with each phrase replaced by its replacement, phrases tried in order at each position. */
    private static List<String> rewrite(List<String> tokens, List<Map.Entry<List<String>, List<String>>> phrases) {
        var result = new ArrayList<String>(tokens.size());
        int i = 0;
        outer:
        while (i < tokens.size()) {
            for (var phrase : phrases) {
                var words = phrase.getKey();
                if (i + words.size() <= tokens.size()
                        && tokens.subList(i, i + words.size()).equals(words)) {
                    result.addAll(phrase.getValue());
                    i += words.size();
                    continue outer;
                }
            }
            result.add(tokens.get(i));
            i++;
        }
        return result;
    }

    /** Whether a token is a common legal-form abbreviation, which says the party is an organisation. */
    static boolean isLegalFormToken(String token) {
        return SINGLE.contains(token);
    }

    private static List<List<String>> sortedLongestFirst(List<String> forms) {
        return forms.stream()
                .map(form -> List.of(form.split(" ")))
                .sorted((a, b) -> Integer.compare(b.size(), a.size()))
                .toList();
    }
}
