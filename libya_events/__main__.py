"""``python -m libya_events`` runs the command line."""

from libya_events.cli import main

if __name__ == "__main__":
    main()
