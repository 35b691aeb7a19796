package org.lianxin.spi;

import java.util.List;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.api.dto.PracticePage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A locality practice plugin. Register one as an OSGi service; while its bundle is active core lists it at
 * {@code /api/v1/practices} and on the console, serves its {@linkplain #restResources() REST resources} under
 * {@code /api/v1/practices/<id>/}, and shows its {@linkplain #figures(long, Integer) figures} beside core's
 * statistics. It is active in the regions named by factory configurations {@code org.lianxin.practice.<id>~<name>}
 * with a {@code region} property (a region code; the subtree below it is included); a practice checks
 * {@link org.lianxin.api.PracticeRegistry#requireActive} before it writes anything for a region.
 * <p>
 * Core calls these methods on its own threads and guards every call: a method that throws is logged and the
 * practice's contribution left out, never a failure of core.
 */
@ConsumerType
public interface Practice {

    /** Short, stable, lower-case id ({@code [a-z][a-z0-9-]*}), e.g. {@code studio}; the REST path segment and console scope. */
    String id();

    String nameZh();

    String nameEn();

    String version();

    String description();

    /** What the practice adds, in words for admins, e.g. "command:studio:list", "duty:GROUP_ACTIVITY". */
    default List<String> contributions() {
        return List.of();
    }

    /**
     * JAX-RS resource instances ({@code javax.ws.rs} annotations), served under {@code /api/v1/practices/<id>} by
     * core's REST bundle with core's JSON mapping, error answers and caller identity. Asked once, when the practice
     * appears; the resources go when the service goes. {@code GET /api/v1/practices/<id>} itself is core's.
     */
    default List<Object> restResources() {
        return List.of();
    }

    /** The pages the web UI links to for this practice. */
    default List<PracticePage> webPages() {
        return List.of();
    }

    /**
     * The practice's own figures for a region (with its subtree) and a year ({@code null}: all years), shown with
     * core's statistics. Only asked for regions where the practice is active.
     */
    default List<PracticeFigure> figures(long regionId, Integer year) {
        return List.of();
    }
}
