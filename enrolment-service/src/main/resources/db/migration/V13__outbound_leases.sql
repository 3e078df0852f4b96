-- Outbound webhooks send outside the database transaction (OutboundSender): a short transaction leases the due
-- deliveries to one sender (leased_by, its instance id) until lease_until, the POSTs run with no transaction open,
-- and a second short transaction records each result and clears the lease. A sender that dies mid-attempt leaves a
-- lease that expires, and the delivery is tried again (with the same webhook-id). README "Outbound webhooks".
ALTER TABLE outbound_delivery ADD COLUMN leased_by TEXT;
ALTER TABLE outbound_delivery ADD COLUMN lease_until TIMESTAMPTZ;
