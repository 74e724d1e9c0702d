package com.renewalpost.mail;

/** The emails that deliver the activation code because the post may not deliver it in time. */
public sealed interface CodeEmail extends CustomerEmail permits CodeDelayed, CodeAtRisk {

    EmailedCode code();
}
