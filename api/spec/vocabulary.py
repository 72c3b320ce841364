"""Every closed vocabulary of the dataset, in one place.

The spec and the record schemas validate against these tuples, the OpenAPI spec lists them as
``enum``, and the topics endpoint serves ``TOPICS`` with its descriptions.
"""

ACTOR_KINDS = ("person", "state", "organization")

CLASSIFICATIONS = (
    "government_body",
    "intergovernmental",
    "military",
    "armed_group",
    "media",
    "other",
)

SECTIONS = ("headline", "body", "caption", "video", "teaser")

SPEECH_TYPES = ("direct", "indirect", "mixed")

#: The topic vocabulary of ``data-model.md``, extended where the data needs it.
#: Each topic carries the one-line description the ``/v1/topics`` endpoint serves.
TOPICS: dict[str, str] = {
    "de-escalation": "Steps to reduce, or promises not to increase, military tension.",
    "diplomacy": "Talks, meetings, calls, letters and negotiating positions.",
    "minsk-agreements": "The 2015 Minsk peace agreements and their implementation.",
    "nato-membership": "Ukraine's possible entry into NATO and NATO's open door.",
    "troop-deployment": "Where troops are stationed, sent or withdrawn.",
    "military-exercises": "Drills, manoeuvres, patrols and naval exercises.",
    "sanctions": "Economic consequences threatened or imposed.",
    "energy": "Gas supply and pipelines such as Nord Stream 2.",
    "aid": "Money or other support given to Ukraine.",
    "travel-advisory": "Government advice to travellers and citizens abroad.",
    "security-guarantees": "Russia's security demands and the West's answers to them.",
    "casualties": "People killed or displaced by the fighting.",
    # Added for this dataset: statements about what a state wants for
    # Ukraine's independence and control, not covered by the terms above.
    "sovereignty": "Ukraine's independence and who controls it (added for this dataset).",
}

AMOUNT_QUALIFIERS = ("as_stated", "approximately", "more_than", "at_least", "up_to")

CONVERTED_BY = ("publisher", "curator")

AID_TYPES = ("financial", "military", "humanitarian", "reconstruction", "unspecified")

MEASURES = ("pledge", "commitment", "disbursement", "unspecified")
