package org.flowtrace.analytics.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RansomWordsTest {

    private final RansomWords words = RansomWords.bundled();

    @Test
    void the_compound_case_references_name_their_meaning_in_each_language() {
        assertThat(words.meaningsIn("trả nợ cho Hùng / debt")).containsExactly("debt (\"debt\")");
        assertThat(words.meaningsIn("biaya tiket pulang Rizky / ticket"))
                .containsExactly("fee (\"biaya\")", "ticket (\"ticket\")");
        assertThat(words.meaningsIn("王磊 释放手续费 release fee")).containsExactly("release (\"release\")", "fee (\"fee\")");
        assertThat(words.meaningsIn("ကိုကို ကြွေးဆပ်")).containsExactly("debt (\"ကြွေး\")");
        assertThat(words.meaningsIn("ค่าไถ่")).containsExactly("ransom (\"ค่าไถ่\")");
    }

    @Test
    void latin_words_match_whole_words_only_and_any_case() {
        assertThat(words.meaningsIn("Feedback on the notebook, coffee")).isEmpty();
        assertThat(words.meaningsIn("LOAN repayment")).containsExactly("debt (\"repayment\")", "loan (\"loan\")");
        assertThat(words.meaningsIn("tiền nhà tháng 3")).isEmpty();
        assertThat(words.meaningsIn("school fees for Minh"))
                .as("a fee alone is weak")
                .isEmpty();
    }

    @Test
    void a_list_of_ones_own_replaces_the_bundled_one_and_a_bad_line_names_its_number() {
        var own = RansomWords.parse("# mine\ndebt: kaz\n", "own list");
        assertThat(own.meaningsIn("kaz Ali")).containsExactly("debt (\"kaz\")");
        assertThat(own.meaningsIn("debt")).isEmpty();
        assertThatThrownBy(() -> RansomWords.parse("debt: kaz\nno colon here\n", "own list"))
                .hasMessage("own list line 2: expected 'meaning: word | word', got 'no colon here'");
    }
}
