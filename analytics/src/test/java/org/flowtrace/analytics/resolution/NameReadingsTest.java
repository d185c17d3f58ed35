package org.flowtrace.analytics.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readings of names written in Chinese characters, Thai and Khmer against their usual Latin spellings,
 * the romanisation fold of Latin tokens, and Wade–Giles.
 */
class NameReadingsTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "陳國強|Chan Kwok Keung", // Cantonese
                "陈国强|Chan Kwok Keung", // simplified characters, the same readings
                "林文傑|Lim Boon Kiat", // Hokkien
                "劉鎮東|Liew Chin Tong", // Hakka
                "張學友|Chang Hsueh Yu", // Wade-Giles from the pinyin
                "อภิสิทธิ์ เวชชาชีวะ|Abhisit Vejjajiva", // traditional Thai spelling
                "ธนินท์ เจียรวนนท์|Dhanin Chearavanont",
                "สมชาย ใจดี|Somchai Jaidee", // RTGS with English-minded vowels
                "ពេជ្រ សុភ័ក្រ|Pich Sopheak", // Khmer, a final cluster sounding one consonant
                "ចម ប្រសិទ្ធ|Cham Prasidh",
            })
    void a_name_in_another_script_meets_its_usual_latin_spelling(String written, String latin) {
        var match = NameSimilarity.compare(
                NameNormaliser.normalise(written, PartyType.PERSON),
                NameNormaliser.normalise(latin, PartyType.PERSON),
                false);

        assertThat(match.similarity()).isGreaterThanOrEqualTo(0.99);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "陳國強|Chan Kwok Wing", // one syllable differs
                "吳志雄|Goh Chee Keong", // a spelling of 雄 with another initial (Heong) is not Keong
                "张伟强|Cheung Wai Kin",
                "พิชัย รัตตกุล|Bhichai Rattanakul", // a syllable more
                "ហេង សុខា|Heng Sokhom",
                "ចម ប្រសិទ្ធ|Cham Pisith", // an initial cluster keeps its vowel
            })
    void a_look_alike_stays_below_a_match(String written, String latin) {
        var match = NameSimilarity.compare(
                NameNormaliser.normalise(written, PartyType.PERSON),
                NameNormaliser.normalise(latin, PartyType.PERSON),
                false);

        assertThat(match.similarity()).isLessThan(0.80);
    }

    @ParameterizedTest(name = "{0} in an organisation''s name reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "金龍娛樂有限公司|Golden Dragon Entertainment Ltd", // translated
                "恒生銀行有限公司|Hang Seng Bank Limited", // Cantonese, generic word translated
                "บริษัท เมโทร แคปปิตอล จำกัด|Metro Capital Co., Ltd.", // loanwords
            })
    void a_company_name_meets_its_translation_or_reading(String written, String latin) {
        var match = NameSimilarity.compare(
                NameNormaliser.normalise(written, PartyType.ORGANISATION),
                NameNormaliser.normalise(latin, PartyType.ORGANISATION),
                true);

        assertThat(match.similarity()).isGreaterThanOrEqualTo(0.92);
    }

    @ParameterizedTest(name = "{0} and {1} fold to one spelling")
    @CsvSource({"Chhay, Chay", "Hwat, Huat", "Phongsakon, Pongsakorn", "Dhanin, Thanin", "Wichai, Vichai"})
    void romanisation_variants_fold_together(String a, String b) {
        assertThat(RomanisationFold.of(a.toLowerCase())).isEqualTo(RomanisationFold.of(b.toLowerCase()));
    }

    @ParameterizedTest(name = "pinyin {0} is Wade-Giles {1}")
    @CsvSource({"zhang, chang", "xu, hsu", "cai, tsai", "zhi, chih", "guo, kuo", "rong, jung", "jian, chien", "si, ssu"
    })
    void pinyin_becomes_wade_giles(String pinyin, String wadeGiles) {
        assertThat(WadeGiles.of(pinyin)).isEqualTo(wadeGiles);
    }

    @ParameterizedTest(name = "{0} is {1} edits from the nearest spelling")
    @CsvSource({"chan, 0", "chen, 0", "tan, 0", "chon, 1"})
    void a_reading_gives_the_distance_to_its_nearest_spelling(String token, int distance) {
        var reading = new Reading(List.of(List.of("chen", "chan", "tan")));

        assertThat(reading.distance(token)).isEqualTo(distance);
    }
}
