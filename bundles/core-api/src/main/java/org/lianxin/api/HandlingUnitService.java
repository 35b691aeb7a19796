package org.lianxin.api;

import org.lianxin.api.dto.HandlingUnit;
import org.lianxin.api.dto.HandlingUnitInput;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;

import org.osgi.annotation.versioning.ProviderType;

/** Handling units (承办单位). */
@ProviderType
public interface HandlingUnitService extends Directory<HandlingUnit, HandlingUnitInput> {

    /** Units of a region and its sub-regions (all when null), optionally matching part of the name. */
    Page<HandlingUnit> list(Long regionId, String name, PageRequest page);
}
