package docket.review;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
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
    static class Column implements AttributeConverter<ReviewerRole, String> {

        @Override
        public String convertToPersistedValue(ReviewerRole role, ConversionContext context) {
            return role == null ? null : role.value();
        }

        @Override
        public ReviewerRole convertToEntityValue(String value, ConversionContext context) {
            return value == null ? null : Arrays.stream(values()).filter(role -> role.value().equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No reviewer role " + value + "."));
        }
    }
}
