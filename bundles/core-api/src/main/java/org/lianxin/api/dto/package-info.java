/** Immutable values exchanged with the core services. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lianxin.api.dto;
