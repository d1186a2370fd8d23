"""The per-article analysis: spaCy pipeline components, one module each.

Importing this package registers every factory by name. The order of the pipeline is defined in
:mod:`lagebild.pipeline`.
"""

from . import (  # noqa: F401  (imported for their factory registrations)
    actors,
    coref,
    entities,
    events,
    morph,
    quotes,
    sentences,
    timex,
)
from .extensions import ActorIndex, actor_at, actor_dict, register_extensions  # noqa: F401
