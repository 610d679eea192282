"""The ``councildocs`` command line: parses arguments and calls the library."""
