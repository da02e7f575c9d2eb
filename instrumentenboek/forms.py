"""Forms of the public instrumentenboek pages (GET forms: shareable, no JavaScript needed)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from instrumentenboek.models.taxonomy import Aanbieder, Doelgroep, Soort
from instrumentenboek.wizard import NO, UNKNOWN, YES
from portal.core.forms import ListedModelChoiceField

ANY = [("", _("Alle"))]


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Zoekwoord"), required=False, max_length=100)
    voor_wie = ListedModelChoiceField(
        label=_("Voor wie"),
        queryset=Doelgroep.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle kandidaten"),
    )
    soort = forms.ChoiceField(label=_("Soort"), choices=ANY + Soort.choices, required=False)
    aanbieder = forms.ChoiceField(
        label=_("Aanbieder"), choices=ANY + Aanbieder.choices, required=False
    )
    vervallen = forms.BooleanField(label=_("Toon ook vervallen regelingen"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["voor_wie"].error_messages["invalid_choice"] = _(
            "Deze doelgroep bestaat niet (meer). Kies een doelgroep uit de lijst."
        )
        for name in ("soort", "aanbieder"):
            self.fields[name].error_messages["invalid_choice"] = _("Kies een waarde uit de lijst.")


TRI_STATE = [(YES, _("Ja")), (NO, _("Nee")), (UNKNOWN, _("Weet ik niet"))]


def tri_state(label, help_text):
    return forms.ChoiceField(
        label=label,
        help_text=help_text,
        choices=TRI_STATE,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies ja, nee of weet ik niet."),
            "invalid_choice": _("Kies ja, nee of weet ik niet."),
        },
    )


def number(label, help_text, low, high, unit):
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        min_value=low,
        max_value=high,
        error_messages={
            "required": _("Vul een getal in."),
            "invalid": _("Vul een heel getal in, zonder letters."),
            "min_value": _("Vul minstens %(limit)s %(unit)s in.") % {"limit": low, "unit": unit},
            "max_value": _("Vul hoogstens %(limit)s %(unit)s in.") % {"limit": high, "unit": unit},
        },
    )


class WizardForm(forms.Form):
    banenafspraak = tri_state(
        _("Heeft de kandidaat een indicatie banenafspraak?"),
        _("Dat betekent: de kandidaat staat in het doelgroepregister van UWV."),
    )
    bijstand = tri_state(
        _("Heeft de kandidaat nu een bijstandsuitkering?"),
        _("Een uitkering van de gemeente (Participatiewet)."),
    )
    arbeidsbeperking = tri_state(
        _("Heeft de kandidaat een ziekte of handicap die het werk beïnvloedt?"),
        _("Bijvoorbeeld rugklachten, een psychische aandoening of een verstandelijke beperking."),
    )
    leeftijd = number(_("Hoe oud is de kandidaat?"), _("In jaren."), 15, 70, "jaar")
    contract_maanden = number(
        _("Hoe lang is het contract?"),
        _("In maanden. Vul 0 in als er nog geen contract is, bijvoorbeeld bij een proefplaats."),
        0,
        120,
        "maanden",
    )
    uren_per_week = number(
        _("Hoeveel uur per week gaat de kandidaat werken?"),
        _("Gemiddeld, in hele uren."),
        1,
        60,
        "uur",
    )
    begeleiding = tri_state(
        _("Heeft de kandidaat begeleiding nodig op de werkvloer?"),
        _("Bijvoorbeeld uitleg, structuur of iemand die helpt als het even niet gaat."),
    )
