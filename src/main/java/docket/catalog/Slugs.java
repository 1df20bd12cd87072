package docket.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** URL names for parties and members: "Zoë O'Neill" becomes "zoe-o-neill". */
public final class Slugs {

    private static final int MAX_LENGTH = 100;

    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() <= MAX_LENGTH ? slug : slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
}
