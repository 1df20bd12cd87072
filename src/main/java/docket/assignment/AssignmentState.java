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

/** Editors prepare a draft, reviewers work on an open assignment, a closed one keeps its results. */
@Serdeable
@TypeDef(type = DataType.STRING, converter = AssignmentState.Column.class)
public enum AssignmentState {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("open") OPEN,
    @JsonProperty("closed") CLOSED;

    /** As the column, the JSON and the desk's form have it: draft, open or closed. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AssignmentState of(String value) {
        return Arrays.stream(values()).filter(state -> state.value().equals(value)).findFirst()
                .orElseThrow(() -> Problem.unprocessable("The state is draft, open or closed."));
    }

    @Singleton
    static class Column extends LowerCaseColumn<AssignmentState> {

        Column() {
            super(AssignmentState.class);
        }
    }
}
