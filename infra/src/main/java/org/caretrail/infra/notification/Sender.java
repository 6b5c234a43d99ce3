package org.caretrail.infra.notification;

/** Sends one notice over one channel and says whether the receiver took it. */
interface Sender {

    DeliveryResult send(Notice notice);
}
