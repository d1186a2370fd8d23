"""Where shipped files live.

Trained models sit in the top-level ``models/`` folder of the checkout (each with a model card),
word lists and rules in ``lagebild/resources/de``. ``LAGEBILD_MODELS`` overrides the model folder,
for installs that keep models elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR / "resources" / "de"


def models_dir() -> Path:
    """Return the folder holding trained models (``$LAGEBILD_MODELS`` or ``<checkout>/models``)."""
    env = os.environ.get("LAGEBILD_MODELS")
    return Path(env) if env else PACKAGE_DIR.parent / "models"


def resource(name: str) -> Path:
    """Return the path of a German resource file below ``lagebild/resources/de``."""
    return RESOURCES_DIR / name
