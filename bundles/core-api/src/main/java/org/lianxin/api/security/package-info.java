/**
 * Who is calling and what they may do: users, roles and region scopes, logins and tokens, and the caller of the
 * current call ({@link org.lianxin.api.security.Callers}) that every service asks before it reads or writes.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.lianxin.api.security;
