package org.lianxin.practice.council.internal;

/**
 * How a representative's phone shows in lists: the first 3 and last 4 digits kept, the rest masked
 * ({@code 13912341234} → {@code 139****1234}), as petitioners' phones are masked. A number too short to keep both ends
 * is masked whole; separators count as characters.
 */
final class Masks {
    private Masks() {
    }

    static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int n = phone.length();
        if (n <= 7) {
            return "*".repeat(n);
        }
        return phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4);
    }
}
