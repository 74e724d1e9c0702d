/**
 * Embedded fonts: where they are read from, Latin/CJK fallback within one line of text, and customers' names in every
 * script, shaped by the JDK's HarfBuzz layout and drawn glyph by glyph ({@link com.renewalpost.labels.font.ScriptFonts}).
 */
package com.renewalpost.labels.font;
