package org.lianxin.practice.petition.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.practice.petition.internal.PrivacyPolicy.Sight;
import org.lianxin.practice.petition.internal.model.Petitioner;
import org.lianxin.practice.petition.internal.model.PrivacyClass;

public class PrivacyPolicyTest {
    private static final long PROXY = 7;
    private static Viewer viewer(Long deputyId, Role... roles) {
        return Viewer.of(new Identity(5, "u", Set.of(roles), 1L, "/1/", null, deputyId));
    }

    private static final Viewer DEPUTY = viewer(7L, Role.DEPUTY);
    private static final Viewer OTHER_DEPUTY = viewer(8L, Role.DEPUTY);
    private static final Viewer STAFF = viewer(null, Role.STAFF);
    private static final Viewer ADMIN = viewer(null, Role.ADMIN);
    private static final Viewer ANYONE = Viewer.of(Identity.PUBLIC);

    @Test
    public void publicShowsTheNameToEveryoneAndTheRestToTheProxyStaffAndAdmin() {
        assertEquals(Sight.NAME_ONLY, PrivacyPolicy.sight(PrivacyClass.PUBLIC, PROXY, ANYONE));
        assertEquals(Sight.NAME_ONLY, PrivacyPolicy.sight(PrivacyClass.PUBLIC, PROXY, OTHER_DEPUTY));
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.PUBLIC, PROXY, DEPUTY));
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.PUBLIC, PROXY, STAFF));
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.PUBLIC, PROXY, ADMIN));
    }

    @Test
    public void restrictedIsFullForTheProxyStaffAndAdminOnly() {
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.RESTRICTED, PROXY, DEPUTY));
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.RESTRICTED, PROXY, STAFF));
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.RESTRICTED, PROXY, ADMIN));
        assertEquals(Sight.NONE, PrivacyPolicy.sight(PrivacyClass.RESTRICTED, PROXY, OTHER_DEPUTY));
        assertEquals(Sight.NONE, PrivacyPolicy.sight(PrivacyClass.RESTRICTED, PROXY, ANYONE));
    }

    @Test
    public void confidentialIsFullForTheProxyAndAdminOnlyNotStaff() {
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.CONFIDENTIAL, PROXY, DEPUTY));
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.CONFIDENTIAL, PROXY, ADMIN));
        assertEquals(Sight.NONE, PrivacyPolicy.sight(PrivacyClass.CONFIDENTIAL, PROXY, STAFF));
        assertEquals(Sight.NONE, PrivacyPolicy.sight(PrivacyClass.CONFIDENTIAL, PROXY, OTHER_DEPUTY));
    }

    @Test
    public void otherRolesAndTheOtherDeputiesGetNothing() {
        assertEquals(Sight.NONE, PrivacyPolicy.sight(PrivacyClass.RESTRICTED, PROXY, viewer(null, Role.HANDLER)));
        assertEquals(Sight.NONE, PrivacyPolicy.sight(PrivacyClass.CONFIDENTIAL, PROXY, viewer(77L, Role.DEPUTY)));
        assertEquals(Sight.NONE, PrivacyPolicy.sight(PrivacyClass.CONFIDENTIAL, PROXY,
                viewer(null, Role.LEADER, Role.PROCURATORATE)));
        assertEquals(Sight.NONE, PrivacyPolicy.sight(PrivacyClass.CONFIDENTIAL, PROXY, Viewer.of(null)));
        assertEquals(Sight.FULL, PrivacyPolicy.sight(PrivacyClass.CONFIDENTIAL, PROXY, Viewer.of(Identity.SYSTEM)));
    }

    @Test
    public void masks() {
        assertEquals("张**", PrivacyPolicy.maskName("张三丰"));
        assertEquals("欧***", PrivacyPolicy.maskName("欧阳娜娜"));
        assertEquals("李", PrivacyPolicy.maskName("李"));
        assertEquals("138****5678", PrivacyPolicy.maskPhone("13812345678"));
        assertEquals("*******", PrivacyPolicy.maskPhone("5612345"));
        assertEquals("340603********123X", PrivacyPolicy.maskIdNumber("34060319900101123X"));
        assertEquals("淮北市杜集区***", PrivacyPolicy.maskAddress("淮北市杜集区矿山集街道朱庄社区"));
        assertEquals("朔里镇***", PrivacyPolicy.maskAddress("朔里镇"));
        assertEquals(null, PrivacyPolicy.maskPhone(null));
        assertEquals(null, PrivacyPolicy.maskAddress(null));
    }

    @Test
    public void petitionerOfAPublicPetitionKeepsTheNameForAnyone() {
        Petitioner p = PrivacyPolicy.petitioner("张国强", "340621197502083317", "13856123456", "淮北市杜集区朔里镇朔里村",
                PrivacyClass.PUBLIC, PROXY, ANYONE);
        assertEquals(new Petitioner("张国强", "340621********3317", "138****3456", "淮北市杜集区***", true), p);
    }

    @Test
    public void petitionerOfARestrictedPetitionIsMaskedWholeForOthersAndShownToStaff() {
        Petitioner masked = PrivacyPolicy.petitioner("李明华", null, "13905611234", null, PrivacyClass.RESTRICTED,
                PROXY, OTHER_DEPUTY);
        assertEquals("李**", masked.name());
        assertEquals(null, masked.idNumber());
        assertTrue(masked.masked());
        Petitioner full = PrivacyPolicy.petitioner("李明华", null, "13905611234", null, PrivacyClass.RESTRICTED, PROXY,
                STAFF);
        assertEquals("13905611234", full.phone());
        assertFalse(full.masked());
    }
}
