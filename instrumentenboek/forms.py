"""Forms of the public instrumentenboek pages (GET forms: shareable, no JavaScript needed), and
the one POST form: "Mail dit advies"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from instrumentenboek.models.taxonomy import Aanbieder, Doelgroep, Soort
from instrumentenboek.wizard import (
    BEGELEIDING,
    CONTRACT,
    DOELGROEPREGISTER,
    LOONWAARDE,
    UITKERING,
    choices,
)
from portal.core.forms import ListedModelChoiceField, PublicSubmissionForm
from portal.core.models import Municipality

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

    def __init__(self, *args, employer_service_name=None, **kwargs):
        super().__init__(*args, **kwargs)
        if employer_service_name:  # the employer service by the name the site gives it
            self.fields["aanbieder"].choices = [
                (value, employer_service_name if value == Aanbieder.WSP else label)
                for value, label in self.fields["aanbieder"].choices
            ]
        self.fields["voor_wie"].error_messages["invalid_choice"] = _(
            "Deze doelgroep bestaat niet (meer). Kies een doelgroep uit de lijst."
        )
        for name in ("soort", "aanbieder"):
            self.fields[name].error_messages["invalid_choice"] = _("Kies een waarde uit de lijst.")


def radio(label, help_text, vocabulary, message):
    return forms.ChoiceField(
        label=label,
        help_text=help_text,
        choices=choices(vocabulary),
        widget=forms.RadioSelect,
        error_messages={"required": message, "invalid_choice": message},
    )


def number(label, help_text, low, high, unit, required=True):
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        min_value=low,
        max_value=high,
        required=required,
        error_messages={
            "required": _("Vul een getal in."),
            "invalid": _("Vul een heel getal in, zonder letters."),
            "min_value": _("Vul minstens %(limit)s %(unit)s in.") % {"limit": low, "unit": unit},
            "max_value": _("Vul hoogstens %(limit)s %(unit)s in.") % {"limit": high, "unit": unit},
        },
    )


class WizardForm(forms.Form):
    """The candidate questions of the instrumentenwijzer (nine questions, in B1 Dutch)."""

    leeftijd = number(_("Hoe oud is de kandidaat?"), _("In jaren."), 15, 80, "jaar")
    uitkering = radio(
        _("Welke uitkering heeft de kandidaat nu?"),
        _("Bij Wajong: kies welke. Dat staat in de brief van UWV."),
        UITKERING,
        _("Kies een uitkering, of 'geen uitkering'."),
    )
    doelgroepregister = radio(
        _("Staat de kandidaat in het doelgroepregister?"),
        _(
            "Het doelgroepregister is de lijst van UWV met mensen die meetellen voor de "
            "banenafspraak. U kunt dit nakijken in het werkgeversportaal van UWV."
        ),
        DOELGROEPREGISTER,
        _("Kies ja, nee of weet ik niet."),
    )
    loonwaarde = radio(
        _("Is de loonwaarde van de kandidaat gemeten?"),
        _(
            "De loonwaarde zegt hoeveel iemand kan in vergelijking met een collega zonder "
            "beperking, in procenten."
        ),
        LOONWAARDE,
        _("Kies of de loonwaarde gemeten is."),
    )
    loonwaarde_procent = number(
        _("Gemeten loonwaarde"),
        _("In procenten, bijvoorbeeld 55. Alleen invullen als de loonwaarde gemeten is."),
        0,
        100,
        "procent",
        required=False,
    )
    begeleiding = radio(
        _("Heeft de kandidaat begeleiding nodig op de werkvloer?"),
        _("Bijvoorbeeld uitleg, structuur of iemand die helpt als het even niet gaat."),
        BEGELEIDING,
        _("Kies welke begeleiding nodig is."),
    )
    contract = radio(
        _("Wat wilt u de kandidaat bieden?"),
        _("Kies 'eerst op proef' als de kandidaat eerst met behoud van uitkering bij u werkt."),
        CONTRACT,
        _("Kies wat u wilt bieden."),
    )
    contract_maanden = number(
        _("Hoe lang is het contract?"),
        _(
            "In maanden. Bij 'eerst op proef': het contract dat u daarna wilt bieden. "
            "Vul 0 in als er nog geen contract komt."
        ),
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
    gemeente = ListedModelChoiceField(
        label=_("Waar woont de kandidaat?"),
        help_text=_("Sommige regelingen zijn van één gemeente."),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("In een andere gemeente, of weet ik niet"),
        error_messages={"invalid_choice": _("Kies een gemeente uit de lijst.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("loonwaarde") == "gemeten" and data.get("loonwaarde_procent") is None:
            self.add_error("loonwaarde_procent", _("Vul de gemeten loonwaarde in procenten in."))
        if data.get("loonwaarde") != "gemeten":
            data["loonwaarde_procent"] = None
        if data.get("contract") == "contract" and data.get("contract_maanden") == 0:
            self.add_error(
                "contract_maanden",
                _("Vul de lengte van het contract in, of kies 'nog geen contract'."),
            )
        return data

    def answer_summary(self):
        """The employer's answers as (question, answer) pairs, for the printable advice. Only
        the answers: the form asks for no name or other personal data."""
        summary = []
        for name, field in self.fields.items():
            value = self.cleaned_data.get(name)
            if value is None or value == "":
                if name == "gemeente":
                    summary.append((field.label, field.empty_label))
                continue
            if hasattr(field, "choices") and not isinstance(field, forms.ModelChoiceField):
                value = dict(field.choices).get(value, value)
            summary.append((field.label, value))
        return summary

    @property
    def question_count(self):
        """The questions an employer answers (the loonwaarde and contract parts count once)."""
        return len(self.fields) - 3


class AdviceMailForm(PublicSubmissionForm):
    """'Mail dit advies': only an e-mail address. It is used for this one mail and kept
    nowhere but in the outbox (deleted after 30 days, see docs/privacy.md)."""

    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        help_text=_("We gebruiken dit adres alleen om het advies te sturen."),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een e-mailadres in zoals naam@bedrijf.nl."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
