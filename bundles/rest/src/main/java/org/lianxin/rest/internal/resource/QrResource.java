package org.lianxin.rest.internal.resource;

import java.nio.charset.StandardCharsets;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.lianxin.api.DeputyService;
import org.lianxin.api.StationService;
import org.lianxin.rest.internal.error.InvalidInputException;
import org.lianxin.rest.internal.openapi.Bounds;
import org.lianxin.rest.internal.qr.IntakeLinks;
import org.lianxin.rest.internal.qr.QrCodes;

/**
 * QR identity codes (代表赋码, station codes): {@code GET /deputies/{id}/qr.png} and {@code qr.svg}, the same for
 * {@code /stations/{id}}, each opening the public intake page of that deputy or station; {@code .../qr} answers
 * the addresses. Two root resources ({@link Deputies}, {@link Stations}) on the paths of the deputy and station
 * registries, which Jersey merges with them; 404 for an unknown id, 400 for a size out of range.
 */
public abstract class QrResource {
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    public static final String SIZE = "size";
    /** The codes change only when a station's code or the base URL does: an hour of caching is safe. */
    static final int MAX_AGE_SECONDS = 3600;

    private final IntakeLinks links;

    QrResource(IntakeLinks links) {
        this.links = links;
    }

    /** The address a code opens, the addresses of its images. */
    public record QrLinks(String url, String png, String svg) {
    }

    /** The intake address of item {@code id}; NotFoundException (404) when there is none. */
    abstract String intakeUrl(long id, IntakeLinks links, UriInfo uri);

    /** deputies, stations. */
    abstract String collection();

    /** deputy, station: the start of file names. */
    abstract String kind();

    /** The code as a PNG image of {@code size}×{@code size} pixels. */
    @GET
    @Path("{id}/qr.png")
    @Produces(PNG)
    public Response qrPng(@PathParam("id") long id, @QueryParam(SIZE) @DefaultValue("" + QrCodes.DEFAULT_SIZE)
            @Bounds(min = QrCodes.MIN_SIZE, max = QrCodes.MAX_SIZE) Integer size, @Context UriInfo uri) {
        int px = size(size);
        String url = intakeUrl(id, links, uri);
        return image(QrCodes.png(url, px), PNG, id, "png");
    }

    /** The code as SVG, displayed {@code size} pixels wide, drawn in modules (scales without blur). */
    @GET
    @Path("{id}/qr.svg")
    @Produces(SVG)
    public Response qrSvg(@PathParam("id") long id, @QueryParam(SIZE) @DefaultValue("" + QrCodes.DEFAULT_SIZE)
            @Bounds(min = QrCodes.MIN_SIZE, max = QrCodes.MAX_SIZE) Integer size, @Context UriInfo uri) {
        int px = size(size);
        String url = intakeUrl(id, links, uri);
        return image(QrCodes.svg(url, px).getBytes(StandardCharsets.UTF_8), SVG, id, "svg");
    }

    /** The intake address the code opens and where its PNG and SVG are. */
    @GET
    @Path("{id}/qr")
    @Produces(MediaType.APPLICATION_JSON)
    public QrLinks qr(@PathParam("id") long id, @Context UriInfo uri) {
        String url = intakeUrl(id, links, uri);
        String self = uri.getBaseUriBuilder().path(collection()).path(Long.toString(id)).build().toString();
        return new QrLinks(url, self + "/qr.png", self + "/qr.svg");
    }

    /** {@code size} in range (absent: the default); out of range is a 400, not silently clamped. */
    static int size(Integer size) {
        int px = size == null ? QrCodes.DEFAULT_SIZE : size;
        if (px < QrCodes.MIN_SIZE || px > QrCodes.MAX_SIZE) {
            throw new InvalidInputException(SIZE,
                    "must be between " + QrCodes.MIN_SIZE + " and " + QrCodes.MAX_SIZE + " pixels, was " + px);
        }
        return px;
    }

    private Response image(byte[] bytes, String type, long id, String extension) {
        return Response.ok(bytes, type).header(HttpHeaders.CACHE_CONTROL, "max-age=" + MAX_AGE_SECONDS)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + kind() + "-" + id + "-qr." + extension + "\"")
                .build();
    }

    /** Codes of deputies: {@code <base>/intake?deputy=<id>}. */
    @Path("/deputies")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Deputies extends QrResource {
        private final DeputyService deputies;

        public Deputies(DeputyService deputies, IntakeLinks links) {
            super(links);
            this.deputies = deputies;
        }

        @Override
        String intakeUrl(long id, IntakeLinks links, UriInfo uri) {
            deputies.get(id); // 404 when unknown
            return links.deputy(id, uri.getBaseUri());
        }

        @Override
        String collection() {
            return "deputies";
        }

        @Override
        String kind() {
            return "deputy";
        }
    }

    /**
     * Codes of stations, addressed by id like the station registry; the code opens
     * {@code <base>/intake?station=<station code>}.
     */
    @Path("/stations")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Stations extends QrResource {
        private final StationService stations;

        public Stations(StationService stations, IntakeLinks links) {
            super(links);
            this.stations = stations;
        }

        @Override
        String intakeUrl(long id, IntakeLinks links, UriInfo uri) {
            return links.station(stations.get(id).code(), uri.getBaseUri());
        }

        @Override
        String collection() {
            return "stations";
        }

        @Override
        String kind() {
            return "station";
        }
    }
}
