__version__ = "0.1.0"
#: The version of the output's JSON shape: it changes whenever a field changes meaning.
SCHEMA_VERSION = "1.0"
