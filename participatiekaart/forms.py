from django import forms
from django.utils.translation import gettext_lazy as _

from participatiekaart.models import (
    DutchLevel,
    Interest,
    Kern,
    Organisation,
    Place,
    PlaceReport,
    PlaceType,
)
from portal.core.forms import ListedModelChoiceField, PublicSubmissionForm, autocomplete
from portal.core.validators import normalise_postcode

ANY = [("", _("Alles"))]
# Hours per week of a place: the search filter asks for at most 40 too.
MAX_HOURS = 40
LADDER = [("", _("Alle treden"))] + [(n, _("Trede %(n)s") % {"n": n}) for n in range(1, 7)]
DUTCH = [
    ("", _("Maakt niet uit")),
    (DutchLevel.NIET_NODIG, _("Geen Nederlands nodig")),
    (DutchLevel.BEETJE, _("Een beetje Nederlands is genoeg")),
]


class KernChoiceField(ListedModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.municipality})"


class PlaceSearchForm(forms.Form):
    q = forms.CharField(label=_("Zoekwoord"), required=False, max_length=100)
    soort = forms.ChoiceField(label=_("Soort"), choices=ANY + PlaceType.choices, required=False)
    kern = KernChoiceField(
        label=_("Kern of woonplaats"),
        queryset=Kern.objects.select_related("municipality"),
        to_field_name="slug",
        required=False,
        empty_label=_("Overal"),
    )
    trede = forms.TypedChoiceField(
        label=_("Trede op de participatieladder"), coerce=int, choices=LADDER, required=False
    )
    taal = forms.TypedChoiceField(label=_("Nederlands"), coerce=int, choices=DUTCH, required=False)
    uren = forms.IntegerField(
        label=_("Hoeveel uur per week wilt u?"),
        required=False,
        min_value=1,
        max_value=40,
        help_text=_("Toon plekken waar u met zoveel uur al mee kunt doen."),
    )
    rolstoel = forms.BooleanField(label=_("Rolstoeltoegankelijk"), required=False)
    begeleiding = forms.BooleanField(label=_("Met begeleiding"), required=False)
    gratis = forms.BooleanField(label=_("Gratis"), required=False)
    dichtbij = KernChoiceField(
        label=_("Sorteer op afstand tot"),
        queryset=Kern.objects.select_related("municipality"),
        to_field_name="slug",
        required=False,
        empty_label=_("Niet sorteren op afstand"),
    )
    postcode = forms.CharField(
        label=_("Of vanaf uw postcode"),
        required=False,
        max_length=7,
        help_text=_("Bijvoorbeeld 6661 AB."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = _("Kies een waarde uit de lijst.")
        self.fields["dichtbij"].share_objects(self.fields["kern"])  # one query for both lists
        autocomplete(self, postcode="postal-code")
        self.fields["uren"].error_messages.update(
            {
                "invalid": _("Vul een heel getal in."),
                "min_value": _("Vul minstens 1 uur in."),
                "max_value": _("Vul hoogstens 40 uur in."),
            }
        )

    def clean_postcode(self):
        value = self.cleaned_data["postcode"]
        return normalise_postcode(value) if value.strip() else ""

    @staticmethod
    def active_count(filters):
        """How many filters (and distance sorts) are set: "Filters (2 actief)" on a phone."""
        return sum(1 for value in filters.values() if value not in (None, "", False))


class InterestForm(PublicSubmissionForm, forms.ModelForm):
    """'Ik wil meedoen': the minimum the organisation needs to contact the resident."""

    consent = forms.BooleanField(
        label=_("Ik vind het goed dat de gemeente mijn gegevens doorstuurt naar de organisatie."),
        error_messages={
            "required": _("Zonder uw toestemming kunnen wij uw aanmelding niet doorsturen.")
        },
    )

    class Meta:
        model = Interest
        fields = ["name", "email", "phone", "message", "consent"]
        labels = {
            "name": _("Uw naam"),
            "email": _("Uw e-mailadres"),
            "phone": _("Uw telefoonnummer"),
            "message": _("Uw bericht"),
        }
        help_texts = {
            "email": _("Vul uw e-mailadres of telefoonnummer in (één is genoeg)."),
            "phone": _("Vul uw e-mailadres of telefoonnummer in (één is genoeg)."),
            "message": _("Bijvoorbeeld wanneer u kunt, of wat u wilt vragen."),
        }
        error_messages = {
            "name": {"required": _("Vul uw naam in.")},
            "email": {"invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl.")},
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        autocomplete(self, name="name", email="email", phone="tel")

    def clean(self):
        cleaned_data = super().clean()
        if (
            not cleaned_data.get("email")
            and not cleaned_data.get("phone")
            and "email" not in self.errors
            and "phone" not in self.errors
        ):
            self.add_error(
                "email",
                _("Vul uw e-mailadres of telefoonnummer in, zodat de organisatie u kan bereiken."),
            )
        return cleaned_data


class ReportForm(PublicSubmissionForm, forms.ModelForm):
    """'Klopt niet meer': anonymous, with the form token and honeypot of every public form."""

    class Meta:
        model = PlaceReport
        fields = ["reason", "comment"]
        labels = {"reason": _("Wat klopt er niet meer?"), "comment": _("Toelichting")}
        help_texts = {"comment": _("Optioneel. Vul geen persoonsgegevens in.")}
        widgets = {"reason": forms.RadioSelect, "comment": forms.Textarea(attrs={"rows": 3})}
        error_messages = {"reason": {"required": _("Kies wat er niet klopt.")}}


class ProposalForm(PublicSubmissionForm, forms.ModelForm):
    """An organisation proposes a new place; nothing is published until staff approve it."""

    organisation_name = forms.CharField(
        label=_("Naam van uw organisatie"),
        max_length=Organisation._meta.get_field("name").max_length,
        error_messages={"required": _("Vul de naam van uw organisatie in.")},
    )
    organisation_email = forms.EmailField(
        label=_("E-mailadres van uw organisatie"),
        help_text=_("Hier komen aanmeldingen van inwoners binnen."),
        max_length=Organisation._meta.get_field("email").max_length,
        error_messages={
            "required": _("Vul een e-mailadres in."),
            "invalid": _("Vul een e-mailadres in zoals info@organisatie.nl."),
            "max_length": _(
                "Dit e-mailadres is te lang. Gebruik hoogstens %(limit_value)d tekens."
            ),
        },
    )

    class Meta:
        model = Place
        fields = [
            "title",
            "place_type",
            "description",
            "street",
            "postcode",
            "kern",
            "ladder_min",
            "ladder_max",
            "hours_min",
            "hours_max",
            "days",
            "is_free",
            "cost",
            "wheelchair_accessible",
            "dutch_level",
            "guidance_available",
            "contact_person",
        ]
        labels = {"title": _("Naam van de plek of activiteit")}
        field_classes = {"kern": KernChoiceField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "place_type": forms.Select,
            "kern": forms.Select,
        }
        error_messages = {
            "title": {"required": _("Vul de naam van de plek in.")},
            "place_type": {"required": _("Kies wat voor plek het is.")},
            "description": {"required": _("Beschrijf in een paar zinnen wat inwoners doen.")},
            "street": {"required": _("Vul straat en huisnummer in.")},
            "postcode": {"required": _("Vul de postcode in.")},
            "kern": {"required": _("Kies de kern of woonplaats.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kern"].queryset = self.fields["kern"].queryset.select_related("municipality")
        autocomplete(
            self,
            organisation_name="organization",
            organisation_email="email",
            street="street-address",
            postcode="postal-code",
            contact_person="name",
        )
        for name in ("hours_min", "hours_max"):
            self.fields[name].widget.attrs["max"] = MAX_HOURS

    def _clean_hours(self, name):
        hours = self.cleaned_data[name]
        if hours is not None and hours > MAX_HOURS:
            raise forms.ValidationError(
                _("Vul hoogstens %(max)s uur per week in.") % {"max": MAX_HOURS}
            )
        return hours

    def clean_hours_min(self):
        return self._clean_hours("hours_min")

    def clean_hours_max(self):
        return self._clean_hours("hours_max")
