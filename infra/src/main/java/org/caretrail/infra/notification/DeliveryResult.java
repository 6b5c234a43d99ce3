package org.caretrail.infra.notification;

/** What one attempt gave: delivered, or the reason it was not (kept as the notice's last error). */
record DeliveryResult(boolean delivered, String error) {

    static DeliveryResult ok() {
        return new DeliveryResult(true, null);
    }

    static DeliveryResult failed(String error) {
        return new DeliveryResult(false, error.length() > 500 ? error.substring(0, 500) : error);
    }
}
