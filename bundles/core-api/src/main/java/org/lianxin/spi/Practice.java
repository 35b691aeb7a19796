package org.lianxin.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A locality practice plugin. Register one as an OSGi service; core lists it at {@code /api/v1/practices} and
 * on the console while its bundle is active. Its activation per region comes from factory configurations
 * {@code org.lianxin.practice.<id>~<name>} with a {@code region} property (a region code).
 */
@ConsumerType
public interface Practice {

    /** Short, stable, lower-case id, e.g. {@code studio}; also the REST path segment and console scope. */
    String id();

    String nameZh();

    String nameEn();

    String version();

    String description();

    /** What the practice adds, e.g. "rest:/api/v1/practices/studio", "command:studio:list", "duty:STUDIO_EVENT". */
    default List<String> contributions() {
        return List.of();
    }
}
