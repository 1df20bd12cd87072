package docket.review;

import docket.jdbc.LowerCaseColumn;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Every account reviews; an editor also runs the desk. */
@TypeDef(type = DataType.STRING, converter = ReviewerRole.Column.class)
public enum ReviewerRole {
    REVIEWER, EDITOR;

    /** As the column has it, and the security role of a signed-in editor: reviewer or editor. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Singleton
    static class Column extends LowerCaseColumn<ReviewerRole> {

        Column() {
            super(ReviewerRole.class);
        }
    }
}
