package com.renewalpost.labels.address;

/** Something wrong with one part of an address, worded so that staff can fix it. */
public record AddressProblem(AddressField field, String message) {
}
