package org.lianxin.practice.petition.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import org.junit.Test;

public class AnonymizerTest {

    @Test
    public void thePetitionersDataAndAnyIdOrMobileNumberAreMasked() {
        String out = Anonymizer.scrub("王小明（身份证34060319900101123X，电话13900001111）住淮北市烈山区某路1号。邻居18855556666也反映",
                "王小明", "34060319900101123X", "13900001111", "淮北市烈山区某路1号");
        assertEquals("王**（身份证340603********123X，电话139****1111）住淮北市烈山区***。邻居188****6666也反映", out);
    }

    @Test
    public void theDefaultContentHoldsOnlyTheSubject() {
        String out = Anonymizer.scrub(Anonymizer.defaultContent(5, "老旧小区加装电梯难"), "孙淑芬", null, "13805619900", null);
        assertFalse(out.contains("孙淑芬"));
        assertEquals("人大代表信访代办中发现的共性问题：老旧小区加装电梯难。（来源：信访代办件 #5；信访人个人信息未转入本建议）", out);
    }

    @Test
    public void longerDigitRunsAreLeftAlone() {
        assertEquals("合同号 1234567890123456789012", Anonymizer.scrub("合同号 1234567890123456789012", "某", null, null, null));
    }
}
