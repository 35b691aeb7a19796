package org.lianxin.core.internal.clock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lianxin.api.HandlingClock;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Deadline;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.SuggestionKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The handling clock, configured by {@code etc/org.lianxin.clock.cfg} (global rules, holidays, make-up working
 * days, time zone) and by region overrides. A region inherits each unset value from its parent region.
 */
@Component(service = { HandlingClock.class, RegionRules.class }, configurationPid = "org.lianxin.clock")
public class HandlingClockImpl implements HandlingClock, RegionRules {
    private final RegionService regions;
    private final Map<String, ClockSettings> overrides = new ConcurrentHashMap<>();
    private volatile ClockSettings global = ClockSettings.EMPTY;
    private volatile WorkCalendar calendar = WorkCalendar.weekendsOnly();
    private volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

    @Activate
    public HandlingClockImpl(@Reference RegionService regions, Map<String, Object> config) {
        this.regions = regions;
        modified(config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        // parse everything before applying anything, so that a refused configuration leaves the old one whole
        ClockSettings newGlobal = ClockSettings.parse(config);
        WorkCalendar newCalendar = new WorkCalendar(WorkCalendar.parseDays(str(config.get("holidays"))),
                WorkCalendar.parseDays(str(config.get("workdays"))));
        Object z = config.get("zone");
        ZoneId newZone;
        try {
            newZone = z == null ? ZoneId.of("Asia/Shanghai") : ZoneId.of(String.valueOf(z).trim());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("zone: not a time zone: '" + z + "'", e);
        }
        global = newGlobal;
        calendar = newCalendar;
        zone = newZone;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addOverride(RegionClockOverride override) {
        overrides.put(override.regionCode(), override.settings());
    }

    void removeOverride(RegionClockOverride override) {
        overrides.remove(override.regionCode(), override.settings());
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    @Override
    public Deadline deadline(ClockRule rule, long regionId, SuggestionKind kind, LocalDate start) {
        List<ClockSettings> chain = chain(regionId);
        PeriodSpec period = null;
        Boolean working = null;
        for (ClockSettings s : chain) {
            if (period == null) {
                period = s.period(kind, rule);
            }
            if (working == null) {
                working = s.workingDays();
            }
        }
        if (period == null) {
            period = PeriodSpec.parse(rule.defaultPeriod());
        }
        boolean workingDays = Boolean.TRUE.equals(working);
        DeadlineCalculator.Result r = DeadlineCalculator.due(start, period, calendar, workingDays);
        return new Deadline(start, r.due(), rule, period.toString(), workingDays, r.skipped());
    }

    @Override
    public ClockRule handlingRule(SuggestionKind kind, int unitCount) {
        if (kind == SuggestionKind.INTER_SESSION_OPINION) {
            return unitCount > 1 ? ClockRule.HANDLING_MULTI_UNIT : ClockRule.HANDLING_SINGLE_UNIT;
        }
        return ClockRule.SESSION_REPLY;
    }

    @Override
    public LocalDate handlingLimit(long regionId, SuggestionKind kind, int unitCount, LocalDate assignedOn) {
        ClockRule max = kind == SuggestionKind.INTER_SESSION_OPINION ? ClockRule.HANDLING_MAX : ClockRule.SESSION_MAX;
        return deadline(max, regionId, kind, assignedOn).due();
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    @Override
    public boolean dualEvaluation(long regionId) {
        for (ClockSettings s : chain(regionId)) {
            if (s.dualEvaluation() != null) {
                return s.dualEvaluation();
            }
        }
        return false;
    }

    /** The settings that apply to a region, nearest first, the global ones last. */
    private List<ClockSettings> chain(long regionId) {
        List<ClockSettings> chain = new ArrayList<>();
        if (!overrides.isEmpty()) {
            List<Region> ancestry = new ArrayList<>(regions.ancestry(regionId));
            Collections.reverse(ancestry);
            for (Region r : ancestry) {
                ClockSettings s = overrides.get(r.code());
                if (s != null) {
                    chain.add(s);
                }
            }
        }
        chain.add(global);
        return chain;
    }
}
