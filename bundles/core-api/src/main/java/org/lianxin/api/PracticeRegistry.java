package org.lianxin.api;

import java.util.List;
import java.util.Optional;

import org.lianxin.api.dto.PracticeInfo;

import org.osgi.annotation.versioning.ProviderType;

/** The practice plugins installed now, and where each is active. */
@ProviderType
public interface PracticeRegistry {

    List<PracticeInfo> list();

    Optional<PracticeInfo> get(String id);

    /** Whether the practice is installed and activated for the region or one of its ancestors. */
    boolean isActive(String practiceId, long regionId);
}
