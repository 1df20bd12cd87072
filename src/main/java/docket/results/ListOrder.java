package docket.results;

import docket.web.Problem;
import io.micronaut.core.annotation.Nullable;

/** The two orders of a list: most tagged first (the default), or in order of first tagging (stable, for journalists). */
public enum ListOrder {
    MOST_TAGGED("most-tagged"), IN_ORDER("in-order");

    private final String param;

    ListOrder(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    static ListOrder of(@Nullable String param) {
        if (param == null || param.isBlank()) {
            return MOST_TAGGED;
        }
        for (ListOrder order : values()) {
            if (order.param.equals(param)) {
                return order;
            }
        }
        throw Problem.badRequest("order is most-tagged or in-order, not " + param + ".");
    }
}
