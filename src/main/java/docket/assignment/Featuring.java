package docket.assignment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import docket.web.Problem;
import docket.jdbc.LowerCaseColumn;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Locale;

/** How an open assignment is offered on the home page: not at all, as the one main assignment, or as an alternative. */
@Serdeable
@TypeDef(type = DataType.STRING, converter = Featuring.Column.class)
public enum Featuring {
    @JsonProperty("none") NONE,
    @JsonProperty("main") MAIN,
    @JsonProperty("alternative") ALTERNATIVE;

    /** As the column, the JSON and the desk's form have it: none, main or alternative. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Featuring of(String value) {
        return Arrays.stream(values()).filter(featuring -> featuring.value().equals(value)).findFirst()
                .orElseThrow(() -> Problem.unprocessable("Featuring is none, main or alternative."));
    }

    @Singleton
    static class Column extends LowerCaseColumn<Featuring> {

        Column() {
            super(Featuring.class);
        }
    }
}
