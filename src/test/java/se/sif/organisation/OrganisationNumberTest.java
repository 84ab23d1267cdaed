package se.sif.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = { "212000-1355", "232100-0131", "2120001355", " 232100 0131 " })
    void realNumbersOfPublicBodiesAndCompaniesAreRead(String typed) {
        assertThat(OrganisationNumber.parse(typed)).isPresent();
    }

    @Test
    void aNumberIsStoredTheOneWayWithTheHyphen() {
        assertThat(OrganisationNumber.parse("2120001355"))
            .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("212000-1355"));
        assertThat(OrganisationNumber.parse("232100-0131").orElseThrow().orgId()).isEqualTo("SE-ON-2321000131");
    }

    @ParameterizedTest
    @ValueSource(strings = { "212000-1356", "232100-0130", "212000-135", "212000-13555", "21200-01355", "19212000-1355",
            "212000+1355", "abcdef-ghij", "", "   " })
    void aWrongCheckDigitOrShapeIsRefused(String typed) {
        assertThat(OrganisationNumber.parse(typed)).isEmpty();
    }

    @Test
    void nothingTypedIsNoNumber() {
        assertThat(OrganisationNumber.parse(null)).isEmpty();
    }

    @Test
    void theValueTypeCannotHoldAnInvalidNumber() {
        assertThatThrownBy(() -> new OrganisationNumber("212000-1356")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrganisationNumber("2120001355")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every nine digits with their computed check digit are a number, and any change of a
     * single digit to another is not: the Luhn check catches every single-digit error.
     */
    @Test
    void everyPrefixWithItsCheckDigitPassesAndEverySingleDigitChangeFails() {
        Random random = new Random(20261202L);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                prefix.append((char) ('0' + random.nextInt(10)));
            }
            String digits = prefix.toString() + OrganisationNumber.checkDigit(prefix.toString());
            String number = digits.substring(0, 6) + "-" + digits.substring(6);
            assertThat(OrganisationNumber.parse(number)).as(number).hasValue(new OrganisationNumber(number));

            int position = random.nextInt(10);
            char original = digits.charAt(position);
            char changed = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
            String wrong = digits.substring(0, position) + changed + digits.substring(position + 1);
            assertThat(OrganisationNumber.parse(wrong)).as(number + " changed to " + wrong).isEmpty();
        }
    }

}
