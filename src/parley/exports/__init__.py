"""Files made from the record for use outside Parley: a calendar and an evidence pack."""
