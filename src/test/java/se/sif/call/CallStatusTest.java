package se.sif.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Open and closed follow from the clock to the second, and a closing time typed in
 * Swedish time means the same wall-clock time on the days the clocks change.
 */
class CallStatusTest {

    static final Instant OPENS = Instant.parse("2027-01-10T07:00:00Z");

    static final Instant CLOSES = Instant.parse("2027-03-31T21:59:00Z");

    @Test
    void aPublishedCallIsOpenFromItsOpeningSecondUntilTheSecondBeforeItCloses() {
        CallStatus.Stored published = CallStatus.Stored.PUBLISHED;
        assertThat(CallStatus.of(published, OPENS, CLOSES, OPENS.minusSeconds(1))).isEqualTo(CallStatus.PUBLISHED);
        assertThat(CallStatus.of(published, OPENS, CLOSES, OPENS)).isEqualTo(CallStatus.OPEN);
        assertThat(CallStatus.of(published, OPENS, CLOSES, CLOSES.minusSeconds(1))).isEqualTo(CallStatus.OPEN);
        assertThat(CallStatus.of(published, OPENS, CLOSES, CLOSES)).isEqualTo(CallStatus.CLOSED);
        assertThat(CallStatus.of(published, null, CLOSES, OPENS.minusSeconds(86_400))).isEqualTo(CallStatus.OPEN);
        assertThat(CallStatus.of(CallStatus.Stored.DRAFT, OPENS, CLOSES, OPENS)).isEqualTo(CallStatus.DRAFT);
        assertThat(CallStatus.of(CallStatus.Stored.ARCHIVED, OPENS, CLOSES, OPENS)).isEqualTo(CallStatus.ARCHIVED);
    }

    static CallForm closingOn(LocalDate day, LocalTime time) {
        return new CallForm(1L, CallContent.Kind.INVESTMENT, "Utlysning", null, null, null, 100L, null, null, null,
                null, 36, null, null, day, time, 60, List.of(), CallContent.Collaboration.NONE, true, null, null, null);
    }

    @Test
    void aClosingTimeOnADaylightSavingChangeDayIsSwedishWallClockTime() {
        // summer time begins 2027-03-28 (UTC+2 from 02:00), ends 2027-10-31 (UTC+1 from
        // 03:00)
        assertThat(closingOn(LocalDate.of(2027, 3, 28), LocalTime.of(23, 59)).content().closesAt())
            .isEqualTo(Instant.parse("2027-03-28T21:59:00Z"));
        assertThat(closingOn(LocalDate.of(2027, 3, 27), LocalTime.of(23, 59)).content().closesAt())
            .isEqualTo(Instant.parse("2027-03-27T22:59:00Z"));
        assertThat(closingOn(LocalDate.of(2027, 10, 31), LocalTime.of(23, 59)).content().closesAt())
            .isEqualTo(Instant.parse("2027-10-31T22:59:00Z"));
        assertThat(closingOn(LocalDate.of(2027, 10, 30), LocalTime.of(23, 59)).content().closesAt())
            .isEqualTo(Instant.parse("2027-10-30T21:59:00Z"));
    }

}
