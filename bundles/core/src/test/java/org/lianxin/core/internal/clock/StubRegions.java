package org.lianxin.core.internal.clock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionInput;
import org.lianxin.api.dto.RegionLevel;

/**
 * A fixed region tree for the clock tests: Anhui (AH) → Huaibei city (HB) → Duji district (DJ) → Gaoyue street (GY),
 * and a second city Suzhou (SZ) → Yongqiao district (YQ). Only the reading the clock needs is implemented.
 */
public final class StubRegions implements RegionService {
    public static final long AH = 1, HB = 2, DJ = 3, GY = 4, SZ = 5, YQ = 6;

    private final Map<Long, Region> regions = new LinkedHashMap<>();

    public StubRegions() {
        add(AH, "AH", "安徽省", RegionLevel.PROVINCE, null);
        add(HB, "HB", "淮北市", RegionLevel.CITY, AH);
        add(DJ, "DJ", "杜集区", RegionLevel.COUNTY, HB);
        add(GY, "GY", "高岳街道", RegionLevel.TOWNSHIP, DJ);
        add(SZ, "SZ", "宿州市", RegionLevel.CITY, AH);
        add(YQ, "YQ", "埇桥区", RegionLevel.COUNTY, SZ);
    }

    private void add(long id, String code, String name, RegionLevel level, Long parent) {
        regions.put(id, new Region(id, code, name, level, parent));
    }

    @Override
    public Region get(long id) {
        Region r = regions.get(id);
        if (r == null) {
            throw new NotFoundException("region", id);
        }
        return r;
    }

    @Override
    public List<Region> ancestry(long regionId) {
        List<Region> out = new ArrayList<>();
        for (Region r = get(regionId); r != null; r = r.parentId() == null ? null : get(r.parentId())) {
            out.add(r);
        }
        Collections.reverse(out);
        return out;
    }

    @Override
    public Region getByCode(String code) {
        return regions.values().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("region", code));
    }

    @Override
    public Region create(RegionInput input) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Region update(long id, RegionInput input) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Region> list(Long parentId, RegionLevel level, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> subtreeIds(long regionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Region ancestorAt(long regionId, RegionLevel level) {
        throw new UnsupportedOperationException();
    }
}
