package docket.denorm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's denormalisation dictionary is generated from {@link KeyFamily#ALL}. After changing the
 * registry, regenerate it with {@code ./mvnw test -Dtest=DictionaryReadmeTest -Ddocket.readme.update=true}.
 */
class DictionaryReadmeTest {

    private static final String START = "<!-- dictionary:start (generated from KeyFamily.ALL) -->\n";
    private static final String END = "<!-- dictionary:end -->";

    @Test
    void readmeDictionaryMatchesTheRegistry() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md needs the dictionary markers");
        String generated = KeyFamily.markdown();
        if (Boolean.getBoolean("docket.readme.update")) {
            text = text.substring(0, start + START.length()) + generated + text.substring(end);
            Files.writeString(readme, text);
            end = text.indexOf(END);
        }
        assertEquals(generated, text.substring(start + START.length(), end),
                "README.md's dictionary differs from KeyFamily.ALL; regenerate it (see this test's comment)");
    }

    @Test
    void everyKeyPatternStartsWithAHashTagSoThatKeysUsedTogetherShareAClusterSlot() {
        for (KeyFamily family : KeyFamily.ALL) {
            if (family == KeyFamily.TAGGED || family == KeyFamily.FALLBACK) {
                continue;
            }
            assertTrue(family.pattern().matches("\\{(a:ID|lb:BOARD|limit:LIMIT:SUBJECT|limits|denorm)}.*"), family.pattern());
        }
        assertEquals("{a:12}:seen:345", RedisKeys.seen(12, 345));
        assertEquals("{a:12}:open", RedisKeys.open(12));
        assertEquals("{lb:party:3}:refresh", RedisKeys.leadersRefresh("party:3"));
        assertEquals("{limit:reviews:address:10.0.0.1}", RedisKeys.limit("reviews", "address:10.0.0.1"));
        assertEquals("{limits}:refused:count", RedisKeys.refusalCounts());
    }
}
