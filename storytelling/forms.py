from django import forms
from django.utils.translation import gettext_lazy as _

from instrumentenboek.models import Doelgroep
from portal.core.forms import ListedModelChoiceField, PublicSubmissionForm, autocomplete
from storytelling.ladder import LADDER_CHOICES, Klantprofiel
from storytelling.models import Sector, StoryInterest


class StoryFilterForm(forms.Form):
    trede = forms.TypedChoiceField(
        label=_("Trede nu"),
        coerce=int,
        required=False,
        choices=[("", _("Alle treden"))] + LADDER_CHOICES,
    )
    profiel = forms.TypedChoiceField(
        label=_("Profiel"),
        coerce=int,
        required=False,
        choices=[("", _("Alle profielen"))] + Klantprofiel.choices,
    )
    sector = ListedModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle sectoren"),
    )
    voor_wie = ListedModelChoiceField(
        label=_("Kandidaatgroep"),
        queryset=Doelgroep.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle groepen"),
    )
    soort = forms.ChoiceField(
        label=_("Soort verhaal"),
        required=False,
        choices=[
            ("", _("Alle verhalen")),
            ("kandidaat", _("Verhalen van kandidaten")),
            ("werkgever", _("Verhalen van werkgevers")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = _("Kies een waarde uit de lijst.")

    @property
    def candidate_filters_used(self):
        data = getattr(self, "cleaned_data", {})
        return any(data.get(name) for name in ("trede", "profiel", "voor_wie"))


class InterestForm(PublicSubmissionForm, forms.ModelForm):
    """'Interesse in iemand zoals …?' Minimal fields; goes to the accountmanager, not the
    candidate. ``website`` is a honeypot that people never see or fill in."""

    class Meta:
        model = StoryInterest
        fields = ["name", "organisation", "email", "phone", "message"]
        labels = {
            "name": _("Uw naam"),
            "organisation": _("Naam van uw bedrijf of organisatie"),
            "email": _("Uw e-mailadres"),
            "phone": _("Uw telefoonnummer"),
            "message": _("Wat voor werk heeft u?"),
        }
        help_texts = {
            "email": _("Hierop neemt de accountmanager contact met u op."),
            "phone": _("Alleen als u liever gebeld wordt."),
            "message": _("Bijvoorbeeld de taken, het aantal uren en waar het werk is."),
        }
        error_messages = {
            "name": {"required": _("Vul uw naam in.")},
            "organisation": {"required": _("Vul de naam van uw bedrijf in.")},
            "email": {
                "required": _("Vul uw e-mailadres in."),
                "invalid": _("Vul een e-mailadres in zoals naam@bedrijf.nl."),
            },
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        autocomplete(self, email="email", name="name", organisation="organization", phone="tel")
