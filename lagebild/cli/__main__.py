"""``python -m lagebild.cli``: the command line run from the working folder's code (handy in a git
worktree of an older revision, where the installed ``lagebild`` entry point would run the checkout's)."""

from . import main

main(prog_name="lagebild")
