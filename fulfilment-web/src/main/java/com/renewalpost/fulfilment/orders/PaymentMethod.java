package com.renewalpost.fulfilment.orders;

public enum PaymentMethod {
    CHEQUE, MONEY_ORDER, CARD, PAYPAL, ALIPAY, MARKETPLACE
}
