package docket.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;

/** Dates of the demo corpus, all within 2023–2025. */
final class DemoCalendar {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    /** A claim or receipt period: label for titles ("March 2024"), slug for file names ("2024-03"). */
    record Period(LocalDate start, LocalDate end, String label, String slug) {
    }

    private DemoCalendar() {
    }

    static Period month(Random random) {
        YearMonth month = YearMonth.from(FIRST_DAY).plusMonths(random.nextInt(36));
        return new Period(month.atDay(1), month.atEndOfMonth(), month.format(MONTH), month.toString());
    }

    static Period quarter(Random random) {
        LocalDate start = FIRST_DAY.plusMonths(3L * random.nextInt(12));
        int quarter = (start.getMonthValue() + 2) / 3;
        return new Period(start, start.plusMonths(3).minusDays(1),
                "Q" + quarter + " " + start.getYear(), start.getYear() + "-q" + quarter);
    }

    static LocalDate day(Random random) {
        return dayWithin(FIRST_DAY, LAST_DAY, random);
    }

    static LocalDate dayWithin(LocalDate first, LocalDate last, Random random) {
        return first.plusDays(random.nextLong(ChronoUnit.DAYS.between(first, last) + 1));
    }

    /** A few days to three weeks later, as paperwork follows what it is about. */
    static LocalDate soonAfter(LocalDate date, Random random) {
        LocalDate latest = date.plusDays(21).isAfter(LAST_DAY) ? LAST_DAY : date.plusDays(21);
        return dayWithin(date, latest, random);
    }

    /** Up to three months earlier, for what a letter looks back on. */
    static LocalDate shortlyBefore(LocalDate date, Random random) {
        LocalDate earliest = date.minusDays(90).isBefore(FIRST_DAY) ? FIRST_DAY : date.minusDays(90);
        return dayWithin(earliest, date, random);
    }

    /** "16 APR 2024", spelled out by hand because locale data for short months differs between JDKs. */
    static String stamped(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().name().substring(0, 3) + " " + date.getYear();
    }
}
