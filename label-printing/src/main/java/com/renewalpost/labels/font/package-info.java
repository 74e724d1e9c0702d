/** Embedded fonts: where they are read from, and Latin/CJK fallback within one line of text. */
package com.renewalpost.labels.font;
