package se.sif.shared;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration numbers (diarienummer) for incoming and drawn-up documents: one running
 * series per year, formatted by the organisation's pattern (VGR:
 * {@code RUN 612-%04d-%02d} gives RUN 612-0195-14). The series row is locked by the
 * upsert, so two nodes never hand out the same number.
 */
@Service
public class RegistrationNumbers {

    private final JdbcClient jdbc;

    private final String pattern;

    RegistrationNumbers(JdbcClient jdbc, @Value("${sif.registration.pattern:RUN 612-%04d-%02d}") String pattern) {
        this.jdbc = jdbc;
        this.pattern = pattern;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(LocalDate date) {
        int year = date.getYear();
        int number = jdbc.sql("""
                insert into registration_series (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = registration_series.last_number + 1
                returning last_number""").param("year", year).query(Integer.class).single();
        return String.format(pattern, number, year % 100, year);
    }

}
