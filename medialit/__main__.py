"""``python -m medialit`` runs the command line."""

from medialit.cli import main

main()
