package docket.jdbc;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;

import java.util.Locale;

/**
 * An enum stored as its name in lower case, as Docket's columns hold them ({@code open}, {@code editor}):
 * Micronaut Data would store the name as it is, and the columns' CHECK constraints compare without case.
 */
public abstract class LowerCaseColumn<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowerCaseColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToPersistedValue(E value, ConversionContext context) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityValue(String value, ConversionContext context) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
