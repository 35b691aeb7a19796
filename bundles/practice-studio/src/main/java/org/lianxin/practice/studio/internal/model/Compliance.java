package org.lianxin.practice.studio.internal.model;

import java.util.List;

/** How a studio stands against the 八有 standard: compliant when all eight are met. */
public record Compliance(long studioId, String name, long regionId, int met, boolean compliant, List<StandardItem> missing) {
    public Compliance {
        missing = List.copyOf(missing);
    }
}
