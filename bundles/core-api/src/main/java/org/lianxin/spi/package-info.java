/** What practice plugins implement; core consumes these through the service registry. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lianxin.spi;
