package org.lianxin.rest.internal.auth;

/** {@code POST /auth/login}. */
public record LoginInput(String username, String password) {}
