package docket.events;

import java.util.List;

/** A page or a whole document was deleted, with its reviews; {@code assignments} are those whose scope held it. */
public record PagesDeleted(List<Long> assignments) {
}
