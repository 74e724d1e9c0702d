package com.renewalpost.mail;

import java.util.List;

/**
 * The business that sends the email, shown in the sign-off and footer.
 *
 * @param name          e.g. "Renewal Post"
 * @param postalAddress the business's postal address, one line per entry (may be empty)
 */
public record Sender(String name, List<String> postalAddress) {

    public Sender {
        SingleLine.require(name, "sender name");
        postalAddress = List.copyOf(postalAddress);
        postalAddress.forEach(line -> SingleLine.require(line, "sender address line"));
    }
}
