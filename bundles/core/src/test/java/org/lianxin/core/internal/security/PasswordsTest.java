package org.lianxin.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.lianxin.api.ValidationException;

public class PasswordsTest {
    private final Passwords fast = new Passwords(1_000);

    @Test
    public void aHashChecksItsPasswordOnlyAndCarriesItsOwnSaltAndCount() {
        String a = fast.hash("Huaibei-Office-2026".toCharArray());
        String b = fast.hash("Huaibei-Office-2026".toCharArray());
        assertTrue(a, a.startsWith("pbkdf2-sha256$1000$"));
        assertNotEquals("each hash has its own salt", a, b);
        assertTrue(Passwords.matches("Huaibei-Office-2026".toCharArray(), a));
        assertFalse(Passwords.matches("Huaibei-Office-2025".toCharArray(), a));
        assertFalse(Passwords.matches("".toCharArray(), a));
    }

    @Test
    public void aHashOfAnotherCountStaysCheckableAfterTheDefaultChanges() {
        String old = new Passwords(500).hash("Lianxin-Deputy-7".toCharArray());
        assertTrue(Passwords.matches("Lianxin-Deputy-7".toCharArray(), old));
    }

    @Test
    public void foreignOrBrokenHashesNeverMatch() {
        for (String stored : new String[] { null, "", "plain", "{CRYPT}abc{CRYPT}", "pbkdf2-sha256$x$AAAA$AAAA",
                "md5$1$a$b" }) {
            assertFalse(stored, Passwords.matches("anything".toCharArray(), stored));
        }
    }

    @Test
    public void weakPasswordsAreRefusedWithTheRuleTheyBreak() {
        assertRefused("short1", "admin", "at least 10");
        assertRefused("x".repeat(201), "admin", "at most 200");
        assertRefused("my-admin-password", "admin", "username");
        assertRefused("aaaaabbbbbaaaaa", "zhang", "different characters");
        Passwords.checkStrength("newPassword", "Huaibei-Office-2026".toCharArray(), "admin");
    }

    @Test
    public void randomPasswordsAreLongAndUnambiguous() {
        char[] p = Passwords.random();
        assertEquals(20, p.length);
        for (char c : p) {
            assertTrue("no look-alikes: " + c, "0O1lI".indexOf(c) < 0);
        }
        Passwords.checkStrength("password", p, "admin");
    }

    private static void assertRefused(String password, String username, String why) {
        try {
            Passwords.checkStrength("newPassword", password.toCharArray(), username);
            fail(password + " was accepted");
        } catch (ValidationException e) {
            assertEquals("newPassword", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains(why));
        }
    }
}
