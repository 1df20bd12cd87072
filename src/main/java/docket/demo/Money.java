package docket.demo;

import java.util.Locale;

final class Money {

    private Money() {
    }

    /** 123456 pence as "1,234.56", for columns already headed in pounds. */
    static String amount(long pence) {
        return String.format(Locale.UK, "%,d.%02d", pence / 100, pence % 100);
    }

    static String pounds(long pence) {
        return "£" + amount(pence);
    }
}
