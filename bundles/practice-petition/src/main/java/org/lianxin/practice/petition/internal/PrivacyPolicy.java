package org.lianxin.practice.petition.internal;

import org.lianxin.practice.petition.internal.model.Petitioner;
import org.lianxin.practice.petition.internal.model.PrivacyClass;

/**
 * Who sees a petitioner's personal data (name, ID-card number, phone, address), decided in one place:
 * <ul>
 * <li>PUBLIC: everyone sees the name; the proxy deputy, liaison staff and the admin see everything, anyone else
 * sees the ID number, phone and address masked;</li>
 * <li>RESTRICTED: the proxy deputy, liaison staff and the admin see everything; anyone else sees all four masked;</li>
 * <li>CONFIDENTIAL: the proxy deputy and the admin see everything; anyone else, staff included, sees all masked.</li>
 * </ul>
 * Masks: a name keeps its first character and a {@code *} per further character; a phone its first 3 and last 4
 * digits; an ID number its first 6 (the issuing area) and last 4 characters; an address its first 6 characters
 * followed by {@code ***}.
 */
public final class PrivacyPolicy {
    private static final char MASK = '*';

    private PrivacyPolicy() {
    }

    /** What of the petitioner's data this viewer may read in full. */
    public enum Sight {
        FULL, NAME_ONLY, NONE
    }

    /** The one decision: what {@code viewer} sees of the petitioner of a petition proxied by {@code proxyDeputyId}. */
    public static Sight sight(PrivacyClass privacy, long proxyDeputyId, Viewer viewer) {
        boolean proxyOrAdmin = viewer.isDeputy(proxyDeputyId) || viewer.isAdmin();
        return switch (privacy) {
            case PUBLIC -> proxyOrAdmin || viewer.isStaff() ? Sight.FULL : Sight.NAME_ONLY;
            case RESTRICTED -> proxyOrAdmin || viewer.isStaff() ? Sight.FULL : Sight.NONE;
            case CONFIDENTIAL -> proxyOrAdmin ? Sight.FULL : Sight.NONE;
        };
    }

    /** The petitioner as the viewer may see them. */
    public static Petitioner petitioner(String name, String idNumber, String phone, String address,
            PrivacyClass privacy, long proxyDeputyId, Viewer viewer) {
        Sight sight = sight(privacy, proxyDeputyId, viewer);
        if (sight == Sight.FULL) {
            return new Petitioner(name, idNumber, phone, address, false);
        }
        return new Petitioner(sight == Sight.NAME_ONLY ? name : maskName(name), maskIdNumber(idNumber),
                maskPhone(phone), maskAddress(address), true);
    }

    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + String.valueOf(MASK).repeat(name.codePointCount(first, name.length()));
    }

    static String maskPhone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    static String maskIdNumber(String idNumber) {
        return keepEnds(idNumber, 6, 4);
    }

    static String maskAddress(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int n = address.codePointCount(0, address.length());
        return address.substring(0, address.offsetByCodePoints(0, Math.min(6, n))) + "***";
    }

    /** Keeps {@code head} and {@code tail} characters; a value too short to keep both is masked whole. */
    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int n = value.length();
        if (n <= head + tail) {
            return String.valueOf(MASK).repeat(n);
        }
        return value.substring(0, head) + String.valueOf(MASK).repeat(n - head - tail) + value.substring(n - tail);
    }
}
