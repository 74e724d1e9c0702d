package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.tracking.CustomerJourney.Step;
import com.renewalpost.fulfilment.tracking.CustomerJourney.Window;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * @param expectedDelivery when the letter should arrive; only while it is on its way
 * @param carrierUrl the destination post's tracking page for the letter, where one is configured
 * @param replacedBy the order that sent the card again, when this order's letter was lost or returned
 * @param replaces the order whose lost or returned letter this order sends again
 * @param timeline the order's and its letter's steps, oldest first, each once
 */
public record PublicTracking(String order, String status, String letterStatus, LocalDate postedOn,
                             Window expectedDelivery, boolean codeEmailed, OffsetDateTime codeEmailedAt,
                             String trackingNumber, String carrierUrl, String replacedBy, String replaces,
                             List<Step> timeline) {
}
