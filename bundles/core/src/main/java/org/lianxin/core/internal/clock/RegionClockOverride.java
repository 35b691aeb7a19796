package org.lianxin.core.internal.clock;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * One region's clock configuration, from a factory configuration
 * {@code etc/org.lianxin.clock.region~<name>.cfg} with {@code region=<code>} and any clock key.
 */
@Component(service = RegionClockOverride.class, configurationPid = "org.lianxin.clock.region",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class RegionClockOverride {
    private final String regionCode;
    private final ClockSettings settings;

    @Activate
    public RegionClockOverride(Map<String, Object> properties) {
        Object region = properties.get("region");
        if (region == null || String.valueOf(region).isBlank()) {
            throw new IllegalArgumentException("org.lianxin.clock.region needs a region=<code>");
        }
        this.regionCode = String.valueOf(region).trim();
        this.settings = ClockSettings.parse(properties);
    }

    public String regionCode() {
        return regionCode;
    }

    public ClockSettings settings() {
        return settings;
    }
}
