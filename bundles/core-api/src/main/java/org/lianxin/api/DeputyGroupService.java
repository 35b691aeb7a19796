package org.lianxin.api;

import org.lianxin.api.dto.DeputyGroup;
import org.lianxin.api.dto.DeputyGroupInput;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;

import org.osgi.annotation.versioning.ProviderType;

/** Deputy groups (代表小组). */
@ProviderType
public interface DeputyGroupService extends Directory<DeputyGroup, DeputyGroupInput> {

    /** Groups of a region and its sub-regions (all when null). */
    Page<DeputyGroup> list(Long regionId, PageRequest page);
}
