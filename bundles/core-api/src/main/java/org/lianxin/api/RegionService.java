package org.lianxin.api;

import java.util.List;

import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionInput;
import org.lianxin.api.dto.RegionLevel;

import org.osgi.annotation.versioning.ProviderType;

/** The region tree: province → city → county → township/street. A child is exactly one level below its parent. */
@ProviderType
public interface RegionService extends Directory<Region, RegionInput> {

    /** @throws NotFoundException when no region has this code */
    Region getByCode(String code);

    /** Regions under {@code parentId} (the roots when null), optionally of one level only, ordered by code. */
    Page<Region> list(Long parentId, RegionLevel level, PageRequest page);

    /** The region and every region below it. */
    List<Long> subtreeIds(long regionId);

    /** From the root down to the region itself. */
    List<Region> ancestry(long regionId);

    /** The nearest region at or above {@code regionId} with the given level. */
    Region ancestorAt(long regionId, RegionLevel level);
}
