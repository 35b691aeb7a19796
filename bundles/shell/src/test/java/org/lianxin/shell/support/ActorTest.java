package org.lianxin.shell.support;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ActorTest {

    @Test
    public void subjectUserComesFirst() {
        assertEquals("zhang", Actor.of(() -> "zhang", "karaf"));
    }

    @Test
    public void thenTheSessionUserThenConsole() {
        assertEquals("karaf", Actor.of(() -> null, "karaf"));
        assertEquals("console", Actor.of(() -> " ", null));
        assertEquals("console", Actor.of(() -> {
            throw new SecurityException("no subject");
        }, 42));
    }
}
