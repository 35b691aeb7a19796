/**
 * JPA entities of core. They never leave this bundle: services map them to the DTOs of core-api. Fields are
 * public because the entities are plain rows owned by the service classes of this bundle; weaving is off and
 * no field is lazily loaded except element collections, which go through EclipseLink's indirect lists.
 */
package org.lianxin.core.internal.jpa;
