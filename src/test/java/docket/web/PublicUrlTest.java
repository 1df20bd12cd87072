package docket.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mistyped {@code DOCKET_PUBLIC_URL} stops the start with a message that says what is wrong. */
class PublicUrlTest {

    @Test
    void theAddressIsKeptAsSchemeHostAndPort() {
        assertEquals("https://docket.example.org", PublicUrl.parse("https://docket.example.org/"));
        assertEquals("http://10.0.0.5:8443", PublicUrl.parse(" http://10.0.0.5:8443 "));
    }

    @Test
    void aMalformedAddressIsRefusedWithAClearMessage() {
        for (String wrong : List.of("docket.example.org", "ftp://docket.example.org", "https://", "https://docket example.org",
                "https://docket.example.org/docket", "https://docket.example.org/?x=1", "https://user@docket.example.org")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PublicUrl.parse(wrong));
            assertTrue(refused.getMessage().startsWith("DOCKET_PUBLIC_URL must be the site's address"), refused.getMessage());
        }
    }
}
