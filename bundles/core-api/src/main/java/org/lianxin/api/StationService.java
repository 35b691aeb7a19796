package org.lianxin.api;

import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Station;
import org.lianxin.api.dto.StationInput;
import org.lianxin.api.dto.StationKind;

import org.osgi.annotation.versioning.ProviderType;

/** Liaison stations (家站点). */
@ProviderType
public interface StationService extends Directory<Station, StationInput> {

    /** Stations of a region and its sub-regions (all when null), optionally of one kind. */
    Page<Station> list(Long regionId, StationKind kind, PageRequest page);

    /**
     * The station of a code (case-insensitive), as its QR code names it; open to the public like {@link #get(long)}.
     *
     * @throws NotFoundException when there is no such station (or it is outside the caller's region)
     */
    Station getByCode(String code);
}
