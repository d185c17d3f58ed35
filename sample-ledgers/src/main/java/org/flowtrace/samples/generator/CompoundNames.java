package org.flowtrace.samples.generator;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented names for the planted compounds: operators (a Chinese name in Han characters with its pinyin),
 * workers, mules and fraud victims (romanised names of the countries compounds recruit from), companies
 * (an invented word pair and a legal form of their jurisdiction) and compound parks. Every operator and
 * company name is drawn once per data set, so no two planted parties share one; persons may share a
 * name, as they do in life, but never an identity document.
 */
final class CompoundNames {

    /** A person's name as a report writes it. */
    record PersonName(String first, String last, String nationality) {
        String full() {
            return nationality.equals("VN") || nationality.equals("CN") || nationality.equals("KH")
                    ? last + " " + first
                    : first + " " + last;
        }
    }

    /** An operator's name in Han characters and in pinyin, surname first. */
    record OperatorName(String surname, String given, String surnamePinyin, String givenPinyin) {
        String nativeName() {
            return surname + given;
        }

        String romanised() {
            return surnamePinyin.toUpperCase(Locale.ROOT) + " " + givenPinyin;
        }
    }

    private static final String[][] SURNAMES = {
        {"陈", "Chen"}, {"林", "Lin"}, {"黄", "Huang"}, {"郑", "Zheng"}, {"佘", "She"}, {"赵", "Zhao"},
        {"徐", "Xu"}, {"蔡", "Cai"}, {"庞", "Pang"}, {"龚", "Gong"}, {"谭", "Tan"}, {"邝", "Kuang"}
    };
    private static final String[][] GIVEN = {
        {"国", "guo"}, {"豪", "hao"}, {"振", "zhen"}, {"鹏", "peng"}, {"荣", "rong"}, {"耀", "yao"},
        {"锦", "jin"}, {"彪", "biao"}, {"昆", "kun"}, {"灿", "can"}, {"堃", "kun"}, {"骏", "jun"},
        {"炜", "wei"}, {"祥", "xiang"}, {"沛", "pei"}, {"铭", "ming"}
    };
    private static final List<String> SYLLABLES = List.of(
            "ka", "lo", "mi", "ra", "ne", "to", "vi", "sa", "den", "mar", "kor", "lin", "tha", "pho", "rin", "zen",
            "bo", "la", "ven", "dor", "ke", "sun", "ta", "ri");
    private static final List<String[]> LEGAL_FORMS = List.of(
            new String[] {"VG", "Group Ltd", "VG-FSC"},
            new String[] {"SC", "Investments Ltd", "SC-FSA"},
            new String[] {"HK", "Holdings Limited", "HK-CR"},
            new String[] {"SG", "Capital Pte. Ltd.", "SG-ACRA"});
    private static final List<String[]> OPERATING_FORMS = List.of(
            new String[] {"KH", "Trading Co., Ltd.", "KH-MOC"},
            new String[] {"TH", "Consulting Co., Ltd.", "TH-DBD"},
            new String[] {"LA", "Import-Export Sole Co., Ltd.", "LA-ERO"},
            new String[] {"MM", "Services Company Limited", "MM-DICA"},
            new String[] {"PH", "Marketing Corporation", "PH-SEC"});

    private static final List<String[]> FIRST = List.of(
            new String[] {"VN", "Hùng", "Minh Tuấn", "Văn Bình", "Quốc Bảo", "Thị Hoa", "Văn Khánh", "Đức Thắng"},
            new String[] {"MM", "Ko Ko", "Zaw Lin", "Aung Myo", "Thiha", "Nyein Chan", "Htet Aung", "Phyo Wai"},
            new String[] {"ID", "Rizky", "Dimas", "Fajar", "Bayu", "Andika", "Yusuf", "Eko"},
            new String[] {"PH", "Jerome", "Mark Anthony", "Rhea", "Joselito", "Kristine", "Ramil", "Arnel"},
            new String[] {"KE", "Brian", "Kevin", "Faith", "Dennis", "Mercy", "Collins", "Purity"},
            new String[] {"LK", "Kasun", "Nuwan", "Dilshan", "Chamara", "Tharindu", "Isuru", "Sachini"},
            new String[] {"CN", "强", "磊", "鑫", "杰", "浩", "宇", "晨"});
    private static final List<String[]> LAST = List.of(
            new String[] {"VN", "Trần Văn", "Lê", "Phạm", "Đỗ", "Hoàng", "Vũ", "Bùi"},
            new String[] {"MM", "Aung", "Htun", "Kyaw", "Naing", "Soe", "Win", "Myint"},
            new String[] {"ID", "Pratama", "Saputra", "Hidayat", "Nugroho", "Setiawan", "Wibowo", "Kurniawan"},
            new String[] {"PH", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino", "Ramos", "Castillo"},
            new String[] {"KE", "Otieno", "Kamau", "Wanjiku", "Mwangi", "Ochieng", "Njoroge", "Kiptoo"},
            new String[] {"LK", "Perera", "Fernando", "Silva", "Jayasuriya", "Bandara", "Wickramasinghe", "Dissanayake"
            },
            new String[] {"CN", "李", "王", "张", "刘", "杨", "周", "吴"});
    private static final List<String[]> LOCAL_FIRST = List.of(
            new String[] {"KH", "Sophal", "Vannak", "Dara", "Rithy", "Sokun", "Bunthoeun"},
            new String[] {"TH", "Kittipong", "Anan", "Somchai", "Prasit", "Chaiwat", "Niran"},
            new String[] {"MY", "Hafiz", "Azlan", "Faizal", "Kamal", "Rashid", "Zulkifli"});
    private static final List<String[]> LOCAL_LAST = List.of(
            new String[] {"KH", "Chea", "Sok", "Heng", "Meas", "Keo", "Ouk"},
            new String[] {"TH", "Saelim", "Thongdee", "Boonmee", "Srisuk", "Wongsawat", "Kaewmanee"},
            new String[] {"MY", "Ismail", "Osman", "Yusof", "Hamid", "Latif", "Razak"});

    private final SplittableRandom random;
    private final Set<String> taken = new HashSet<>();

    CompoundNames(SplittableRandom random) {
        this.random = random;
    }

    /** An operator's name not drawn before. */
    OperatorName operator() {
        while (true) {
            var surname = SURNAMES[random.nextInt(SURNAMES.length)];
            var a = GIVEN[random.nextInt(GIVEN.length)];
            var b = GIVEN[random.nextInt(GIVEN.length)];
            if (a == b) {
                continue;
            }
            var name = new OperatorName(surname[0], a[0] + b[0], surname[1], capitalise(a[1]) + b[1]);
            if (taken.add(name.nativeName()) && taken.add(name.romanised().toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    /** A worker recruited from abroad: the nationality and a romanised (or Han) name. */
    PersonName worker() {
        int n = random.nextInt(FIRST.size());
        return new PersonName(pick(FIRST.get(n)), pick(LAST.get(n)), FIRST.get(n)[0]);
    }

    /** A local person (a paid mule, a family): Cambodia, Thailand or Malaysia. */
    PersonName local() {
        int n = random.nextInt(LOCAL_FIRST.size());
        return new PersonName(
                pick(LOCAL_FIRST.get(n)), pick(LOCAL_LAST.get(n)), LOCAL_FIRST.get(n)[0]);
    }

    /** A local person of the given family name and country. */
    PersonName relative(PersonName family) {
        for (var names : LOCAL_FIRST) {
            if (names[0].equals(family.nationality())) {
                return new PersonName(pick(names), family.last(), family.nationality());
            }
        }
        return new PersonName(family.first(), family.last(), family.nationality());
    }

    /** Anyone: a fraud victim or a family member paying in. */
    PersonName anyone() {
        return random.nextBoolean() ? worker() : local();
    }

    /** A holding company: its name, jurisdiction and register scheme. */
    String[] holding() {
        var form = LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size()));
        return new String[] {word() + " " + word() + " " + form[1], form[0], form[2]};
    }

    /** An operating company (it keeps the bank accounts): its name, jurisdiction and register scheme. */
    String[] operating() {
        var form = OPERATING_FORMS.get(random.nextInt(OPERATING_FORMS.size()));
        return new String[] {word() + " " + word() + " " + form[1], form[0], form[2]};
    }

    /** The park a compound calls itself. */
    String park() {
        return word() + " "
                + List.of("Garden", "Bay", "Park", "Resort", "Plaza").get(random.nextInt(5));
    }

    /** An invented capitalised word of two or three syllables, never drawn before. */
    private String word() {
        while (true) {
            var text = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                text.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            var word = capitalise(text.toString());
            if (taken.add(word)) {
                return word;
            }
        }
    }

    private String pick(String[] names) {
        return names[1 + random.nextInt(names.length - 1)];
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
