package org.lianxin.core.internal.practice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.ConflictException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.api.dto.PracticeFigures;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.clock.StubRegions;
import org.lianxin.spi.Practice;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

public class PracticeRegistryTest {
    private final List<Dictionary<String, Object>> configs = new ArrayList<>();
    private Identity caller = Identity.SYSTEM;
    private final PracticeRegistryImpl registry = new PracticeRegistryImpl(new StubRegions(),
            new Activations(configAdmin()), () -> caller);

    /** Configuration Admin holding {@link #configs}, answering the one query the registry makes. */
    private ConfigurationAdmin configAdmin() {
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ConfigurationAdmin.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("listConfigurations")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    String filter = (String) args[0];
                    return configs.stream().filter(c -> filter.contains(String.valueOf(c.get("service.factoryPid"))))
                            .map(PracticeRegistryTest::configuration).toArray(Configuration[]::new);
                });
    }

    private static Configuration configuration(Dictionary<String, Object> props) {
        return (Configuration) Proxy.newProxyInstance(PracticeRegistryTest.class.getClassLoader(),
                new Class<?>[] { Configuration.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getProperties")) {
                        return props;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private void activate(String practice, String region) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("service.factoryPid", "org.lianxin.practice." + practice);
        props.put("region", region);
        configs.add(props);
    }

    private static Practice practice(String id, boolean failing) {
        return new Practice() {
            @Override
            public String id() {
                if (id == null) {
                    throw new IllegalStateException("broken");
                }
                return id;
            }

            @Override
            public String nameZh() {
                return "测试";
            }

            @Override
            public String nameEn() {
                return "Test";
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public String description() {
                return "for tests";
            }

            @Override
            public List<PracticeFigure> figures(long regionId, Integer year) {
                if (failing) {
                    throw new IllegalStateException("no figures today");
                }
                return List.of(PracticeFigure.count("things", "事项", "Things", 7));
            }
        };
    }

    @Test
    public void activeForTheRegionAndEverythingBelowItOnly() {
        registry.addPractice(practice("studio", false));
        activate("studio", "DJ");
        assertTrue(registry.isActive("studio", StubRegions.DJ));
        assertTrue(registry.isActive("studio", StubRegions.GY));
        assertFalse(registry.isActive("studio", StubRegions.HB));
        assertFalse(registry.isActive("studio", StubRegions.YQ));
        ConflictException refused = assertThrows(ConflictException.class,
                () -> registry.requireActive("studio", StubRegions.YQ));
        assertTrue(refused.getMessage(), refused.getMessage().contains("not active in 埇桥区 (YQ)"));
        assertEquals(List.of("DJ"), registry.get("studio").orElseThrow().activeRegions());
    }

    @Test
    public void notInstalledIsNotActiveButActivationCanPrecedeInstallation() {
        activate("studio", "DJ");
        assertFalse(registry.isActive("studio", StubRegions.DJ));
        registry.requireActive("studio", StubRegions.DJ); // what a practice asks while it is starting
        assertTrue(registry.list().isEmpty());
    }

    @Test
    public void aPracticeThatCannotDescribeItselfIsLeftOut() {
        registry.addPractice(practice(null, false));
        registry.addPractice(practice("studio", false));
        assertEquals(1, registry.list().size());
    }

    @Test
    public void figuresOfAFailingPracticeCarryTheErrorAndTheOthersStillCome() {
        registry.addPractice(practice("studio", false));
        registry.addPractice(practice("petition", true));
        activate("studio", "DJ");
        activate("petition", "HB");
        List<PracticeFigures> city = registry.figures(StubRegions.HB, null);
        assertEquals(2, city.size()); // studio is active below the city, petition at it
        PracticeFigures petition = city.get(0);
        assertEquals("petition", petition.practiceId());
        assertNotNull(petition.error());
        assertTrue(petition.figures().isEmpty());
        PracticeFigures studio = city.get(1);
        assertNull(studio.error());
        assertEquals(7, studio.figures().get(0).value().intValue());
        assertTrue(registry.figures(StubRegions.YQ, 2026).isEmpty());
    }

    @Test
    public void removedPracticesAreGone() {
        Practice p = practice("studio", false);
        registry.addPractice(p);
        registry.removePractice(p);
        assertTrue(registry.get("studio").isEmpty());
    }

    private static Identity admin(long regionId, String path) {
        return new Identity(3, "admin" + regionId, Set.of(Role.ADMIN), regionId, path, null, null);
    }

    @Test
    public void anAdministratorActivatesWithinTheirRegionOnly() {
        activate("studio", "GY");
        caller = admin(StubRegions.DJ, "/1/2/3/"); // Duji district
        assertFalse("active there already: allowed, nothing to write", registry.activate("studio", "GY"));
        assertThrows(AccessDeniedException.class, () -> registry.activate("studio", "YQ")); // another city's county
        assertThrows(AccessDeniedException.class, () -> registry.activate("studio", "HB")); // the city above
        assertThrows(AccessDeniedException.class, () -> registry.deactivate("studio", "YQ"));
        assertThrows(AccessDeniedException.class, () -> registry.deactivate("studio", "NOWHERE"));
        caller = new Identity(4, "staff", Set.of(Role.STAFF), StubRegions.DJ, "/1/2/3/", null, null);
        assertThrows(AccessDeniedException.class, () -> registry.activate("studio", "GY"));
        caller = Identity.PUBLIC;
        assertThrows(NotAuthenticatedException.class, () -> registry.deactivate("studio", "GY"));
        caller = admin(0, null); // the whole country
        assertFalse(registry.deactivate("studio", "NOWHERE"));
    }

    @Test
    public void aRegionsPathIsItsAncestryOfIds() {
        assertEquals("/1/2/3/4/", PracticeRegistryImpl.path(new StubRegions().ancestry(StubRegions.GY)));
        PracticeRegistryImpl.checkActivation(admin(StubRegions.HB, "/1/2/"), "/1/2/3/4/", "activate");
        assertThrows(AccessDeniedException.class,
                () -> PracticeRegistryImpl.checkActivation(admin(StubRegions.HB, "/1/2/"), "/1/5/", "activate"));
        assertThrows(AccessDeniedException.class,
                () -> PracticeRegistryImpl.checkActivation(admin(StubRegions.HB, "/1/2/"), null, "activate"));
        PracticeRegistryImpl.checkActivation(admin(0, null), null, "activate");
    }
}
