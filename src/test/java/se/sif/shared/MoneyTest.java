package se.sif.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {

    static final Locale SV = Locale.forLanguageTag("sv-SE");
    static final Locale EN = Locale.forLanguageTag("en-GB");

    @Test
    void readsAmountsAsSwedishAndEnglishUsersTypeThem() {
        assertThat(Money.parseKronor("1 500 000", SV)).isEqualTo(150_000_000L);
        assertThat(Money.parseKronor("1 500 000 kr", SV)).isEqualTo(150_000_000L);
        assertThat(Money.parseKronor("1500000,50", SV)).isEqualTo(150_000_050L);
        assertThat(Money.parseKronor("1\u00a0500\u00a0000", SV)).isEqualTo(150_000_000L);
        assertThat(Money.parseKronor("1,500,000", EN)).isEqualTo(150_000_000L);
        assertThat(Money.parseKronor("SEK 1,500,000.50", EN)).isEqualTo(150_000_050L);
    }

    @Test
    void refusesWhatIsNotAnExactAmount() {
        assertThatThrownBy(() -> Money.parseKronor("12,345", SV)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseKronor("tio tusen", SV)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseKronor("", SV)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseKronor("99999999999999999999", SV)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsInTheUsersLanguage() {
        assertThat(Money.format(150_000_000L, SV).replace('\u00a0', ' ').replace('\u202f', ' '))
            .isEqualTo("1 500 000 kr");
        assertThat(Money.format(150_000_050L, EN)).isEqualTo("SEK 1,500,000.50");
    }

    @Test
    void whatIsFormattedForAFormReadsBackToTheSameÖre() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            long ore = (long) (random.nextDouble() * 1_000_000_000_00L);
            assertThat(Money.parseKronor(Money.toInput(ore), SV)).isEqualTo(ore);
            assertThat(Money.parseKronor(Money.format(ore, SV), SV)).isEqualTo(ore);
            assertThat(Money.parseKronor(Money.format(ore, EN), EN)).isEqualTo(ore);
        }
    }

}
