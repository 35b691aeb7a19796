package org.lianxin.practice.petition.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the petitioner's personal data out of the suggestion a petition becomes: a suggestion is read by handling
 * units and may be published, a petition's personal data is not.
 */
final class Anonymizer {
    /** An ID-card number or a mainland mobile number written anywhere in the text, not only the petitioner's. */
    private static final Pattern NUMBERS = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|1[3-9][0-9]{9})(?![0-9])");

    private Anonymizer() {
    }

    static String defaultContent(long petitionId, String subject) {
        return "人大代表信访代办中发现的共性问题：" + subject + "。（来源：信访代办件 #" + petitionId
                + "；信访人个人信息未转入本建议）";
    }

    /** The text with the petitioner's name, ID number, phone and address, and any ID or mobile number, masked. */
    static String scrub(String text, String name, String idNumber, String phone, String address) {
        String out = text;
        out = replace(out, address, PrivacyPolicy.maskAddress(address));
        out = replace(out, idNumber, PrivacyPolicy.maskIdNumber(idNumber));
        out = replace(out, phone, PrivacyPolicy.maskPhone(phone));
        out = replace(out, name, PrivacyPolicy.maskName(name));
        Matcher m = NUMBERS.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            m.appendReplacement(sb, Matcher.quoteReplacement(n.length() == 18 ? PrivacyPolicy.maskIdNumber(n)
                    : PrivacyPolicy.maskPhone(n)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String replace(String text, String value, String mask) {
        return value == null || value.isBlank() ? text : text.replace(value, mask);
    }
}
