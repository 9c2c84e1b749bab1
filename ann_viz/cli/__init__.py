"""The command line: headless training and listing of lessons; no Qt is imported here."""
