-- The seat lock of a micro-credential is now a transaction-scoped advisory lock (service-support's
-- AdvisoryLocks, key enrolment-seats:<tenant>:<achievement id>), the one way every service locks what
-- may have no row yet. The lock table it replaces held no data beyond the lock itself.
DROP TABLE seat_lock;
