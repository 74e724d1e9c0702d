package com.renewalpost.fulfilment.renewal;

import java.util.List;

/** A line with its standing order (the open one, else the latest ended one, else null) and its timeline, newest first. */
public record LineDetails(LineView line, StandingOrderView standingOrder, List<LineEventView> timeline) {
}
