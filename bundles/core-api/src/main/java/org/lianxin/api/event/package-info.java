/** Topics and property keys of the events core publishes on OSGi EventAdmin after commit. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lianxin.api.event;
