"""The VNG participatieladder and the municipality's klantprofielen, in B1 Dutch."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Step:
    number: int
    name: str
    meaning: str


LADDER = [
    Step(1, _("Geïsoleerd"), _("Heeft weinig of geen contact met anderen buiten het eigen huis.")),
    Step(
        2,
        _("Sociale contacten buitenshuis"),
        _("Heeft contact met mensen buiten de deur, zoals familie, buren of vrienden."),
    ),
    Step(
        3,
        _("Deelname aan georganiseerde activiteiten"),
        _(
            "Doet mee aan iets georganiseerds: vrijwilligerswerk, een cursus, inburgering, "
            "sport of een groep."
        ),
    ),
    Step(
        4,
        _("Onbetaald werk"),
        _(
            "Werkt zonder loon met vaste taken die op betaald werk lijken: een stage of een "
            "werkervaringsplaats."
        ),
    ),
    Step(
        5,
        _("Betaald werk met ondersteuning"),
        _("Heeft betaald werk, met hulp zoals loonkostensubsidie of een jobcoach."),
    ),
    Step(6, _("Betaald werk"), _("Werkt zonder extra ondersteuning.")),
]
STEPS = {step.number: step for step in LADDER}
LADDER_CHOICES = [(step.number, f"{step.number}. {step.name}") for step in LADDER]


class Klantprofiel(models.IntegerChoices):
    KORT = 1, _("Profiel 1: naar werk binnen 3 tot 6 maanden")
    MIDDEL = 2, _("Profiel 2: naar werk binnen 12 maanden")
    LANG = 3, _("Profiel 3: lange afstand, eerst de basis op orde (één gezin, één plan)")
