"""MFA coverage: the user's account inventory, the catalog of services, reminders to review.

Privacy rules for everything in this package: no password, one-time code, recovery code or
secret is ever stored or kept in memory longer than a CSV import needs it; the inventory holds
only service, domain, account label, category, MFA state, methods and dates. The account label
(usually an e-mail address) stays in the user's own database and export file: the engine's
records, reports and snapshots never carry it.
"""
