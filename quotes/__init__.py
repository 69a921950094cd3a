"""Find quotes in news articles, attribute their speakers and index them by topic."""

__version__ = "0.1.0"

# The pipeline version keys stored results: bump it whenever extraction output can change.
PIPELINE_VERSION = f"{__version__}+1"
