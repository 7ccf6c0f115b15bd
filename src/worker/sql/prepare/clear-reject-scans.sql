-- clear-reject-errors.sql's companion: the scans those errors belonged to.
DELETE FROM reject_scans
