package org.flowtrace.graph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Asset USDT =
            Asset.token(Chain.ETHEREUM, "0xdAC17F958D2ee523a2206206994597C13D831ec7", "USDT", 6);

    @Test
    void a_thirty_digit_wei_amount_keeps_every_digit() {
        var raw = new BigInteger("123456789012345678901234567890");
        var money = Money.ofRaw(raw, Asset.ETH);

        assertThat(money.canonical()).isEqualTo("123456789012.345678901234567890");
        assertThat(money.raw()).isEqualTo(raw);
        assertThat(Money.parse(money.canonical(), Asset.ETH)).isEqualTo(money);
    }

    @Test
    void scale_is_normalised_to_the_assets_decimals_so_equal_amounts_are_equal() {
        assertThat(Money.parse("10.5", Asset.USD)).isEqualTo(new Money(new BigDecimal("10.50"), Asset.USD));
        assertThat(Money.parse("10.5", Asset.USD).canonical()).isEqualTo("10.50");
    }

    @Test
    void rejects_more_decimals_than_the_asset_has() {
        assertThatThrownBy(() -> Money.parse("1.0000001", USDT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 6 decimals");
        assertThatThrownBy(() -> Money.parse("100.5", Asset.currency("JPY")))
                .hasMessageContaining("more than 0 decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1e5", "12,50", "abc", "0x10", "1.2.3", "NaN"})
    void rejects_text_that_is_not_a_plain_decimal(String text) {
        assertThatThrownBy(() -> Money.parse(text, Asset.USD)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"USD,2", "JPY,0", "KHR,2", "BHD,3", "THB,2"})
    void iso_currencies_carry_their_minor_units(String code, int decimals) {
        assertThat(Asset.currency(code).decimals()).isEqualTo(decimals);
    }

    @Test
    void unknown_currency_codes_are_rejected() {
        assertThatThrownBy(() -> Asset.currency("XYZ1")).hasMessageContaining("unknown ISO 4217 currency");
    }

    @Test
    void arithmetic_refuses_to_mix_assets() {
        assertThatThrownBy(() -> Money.parse("1", Asset.USD).plus(Money.parse("1", USDT)))
                .hasMessageContaining("cannot combine");
        assertThat(Money.parse("0.1", Asset.USD).plus(Money.parse("0.2", Asset.USD)))
                .isEqualTo(Money.parse("0.30", Asset.USD));
    }

    @Test
    void tokens_are_keyed_by_chain_and_contract_not_symbol() {
        assertThat(USDT.code()).isEqualTo("ETHEREUM:0xdac17f958d2ee523a2206206994597c13d831ec7");
        assertThat(Asset.token(Chain.TRON, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "USDT", 6)
                        .code())
                .isEqualTo("TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    }

    @Test
    void usd_value_is_exact_decimal_arithmetic_rounded_to_cents() {
        var value = UsdValue.of(
                Money.parse("1000000", Asset.currency("KHR")),
                new BigDecimal("0.000245"),
                "fx.csv",
                java.time.LocalDate.of(2026, 1, 2));
        assertThat(value.usd()).isEqualByComparingTo("245.00");
    }
}
