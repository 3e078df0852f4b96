package org.microcred.e2e.delivery;

/**
 * One protocol's whole delivery of one credential, as its client makes it: a wallet app (OpenID4VCI, a VC-API
 * exchange) or an institution's system (VC-API issue). Called from many threads at once.
 */
interface Delivery {

    /**
     * Makes delivery number {@code n}, timing each step on {@code clock}; throws {@link DeliveryFailure} when a step is
     * refused or its answer is unusable.
     */
    void deliver(int n, StepClock clock);
}
