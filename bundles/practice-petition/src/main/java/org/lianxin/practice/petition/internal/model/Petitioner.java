package org.lianxin.practice.petition.internal.model;

/** The petitioner as the viewer may see them; {@code masked} says whether anything was hidden. */
public record Petitioner(String name, String idNumber, String phone, String address, boolean masked) {}
