package org.lianxin.api;

import java.io.IOException;
import java.io.OutputStream;

import org.lianxin.api.dto.ExportFormat;

/**
 * An export whose input has been checked, ready to be streamed: rows are read and written in chunks, never held
 * in memory all at once. Errors in the input are thrown when the export is prepared, before a byte is written.
 */
public interface PreparedExport {
    /** e.g. {@code 建议台账-HB-20261123.xlsx}. */
    String fileName();

    ExportFormat format();

    /** Writes the whole file to {@code out}, which the caller closes; on failure the file is left incomplete. */
    void writeTo(OutputStream out) throws IOException;
}
