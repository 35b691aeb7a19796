package org.lianxin.api;

import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyInput;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;

import org.osgi.annotation.versioning.ProviderType;

/** The deputy registry. */
@ProviderType
public interface DeputyService extends Directory<Deputy, DeputyInput> {

    /**
     * Deputies filtered by region (with its sub-regions), group, seat level, status and part of the name;
     * every filter is optional.
     */
    Page<Deputy> list(Long regionId, Long groupId, DeputyLevel level, DeputyStatus status, String name,
            PageRequest page);
}
