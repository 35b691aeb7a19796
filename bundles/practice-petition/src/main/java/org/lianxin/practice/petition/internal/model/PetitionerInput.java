package org.lianxin.practice.petition.internal.model;

/** The petitioner: name required; ID-card number (18 characters, digits and a final X), phone and address optional. */
public record PetitionerInput(String name, String idNumber, String phone, String address) {}
