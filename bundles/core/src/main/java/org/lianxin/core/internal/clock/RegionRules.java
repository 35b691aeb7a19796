package org.lianxin.core.internal.clock;

/** Per-region settings of the lifecycle that are not deadlines. */
public interface RegionRules {

    /** Whether the region takes each evaluation twice, online and on paper (双测评). */
    boolean dualEvaluation(long regionId);
}
