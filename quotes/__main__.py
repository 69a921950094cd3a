"""Run the command line as `python -m quotes`."""

from quotes.cli import cli

if __name__ == "__main__":
    cli(prog_name="quotes")
