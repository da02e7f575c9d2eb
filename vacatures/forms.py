import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from instrumentenboek.models import Doelgroep, InstrumentPage
from participatiekaart.models import Kern
from portal.core.forms import (
    DateInput,
    IdMultipleChoiceField,
    ListedModelChoiceField,
    PublicSubmissionForm,
    autocomplete,
    clean_phone_field,
)
from portal.core.models import Municipality
from portal.core.validators import normalise_postcode
from vacatures.models import (
    EmployerQuestion,
    QuestionSubject,
    Vacancy,
    VacancyResponse,
    VacancyType,
)

MAX_TASKS = 30
MAX_TASKS_TEXT = 6000


class TaskLinesField(forms.CharField):
    """One task per line. Line endings, blank lines and spaces around a task are no change."""

    @staticmethod
    def lines(value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]

    def has_changed(self, initial, data):
        return self.lines(initial) != self.lines(data)


# Ten years, as in the instrumentenwijzer; also keeps the value inside PostgreSQL's smallint.
MAX_CONTRACT_MONTHS = 120


class VacancyForm(forms.ModelForm):
    tasks_text = TaskLinesField(
        label=_("Taken (één per regel)"),
        required=False,
        max_length=MAX_TASKS_TEXT,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Bij jobcarving: de losse taken die samen de baan vormen. Eén taak per "
            "regel, bijvoorbeeld 'Post sorteren'. Hoogstens 30 taken."
        ),
        error_messages={
            "max_length": _(
                "Dit zijn te veel tekens: gebruik er hoogstens %(limit_value)d. "
                "U heeft er nu %(show_value)d."
            )
        },
    )
    token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Vacancy
        fields = [
            "title",
            "vacancy_type",
            "description",
            "hours_per_week",
            "contract_months",
            "start_date",
            "postcode",
            "city",
            "requirements",
            "support_offered",
            "doelgroepen",
            "instruments",
            "contact_name",
            "contact_email",
            "contact_phone",
            "closing_date",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "requirements": forms.Textarea(attrs={"rows": 3}),
            "support_offered": forms.Textarea(attrs={"rows": 3}),
            "doelgroepen": forms.CheckboxSelectMultiple,
            "instruments": forms.CheckboxSelectMultiple,
            "start_date": DateInput,
            "closing_date": DateInput,
        }
        field_classes = {"doelgroepen": IdMultipleChoiceField, "instruments": IdMultipleChoiceField}
        error_messages = {
            "title": {"required": _("Vul de titel van de vacature in.")},
            "vacancy_type": {"required": _("Kies wat voor plek het is.")},
            "description": {"required": _("Beschrijf het werk in een paar zinnen.")},
            "hours_per_week": {
                "required": _("Vul het aantal uren per week in."),
                "invalid": _("Vul een heel getal in."),
            },
            "postcode": {"required": _("Vul de postcode van de werkplek in.")},
            "city": {"required": _("Vul de plaats in.")},
            "contact_name": {"required": _("Vul de naam van de contactpersoon in.")},
            "contact_email": {
                "required": _("Vul een e-mailadres in."),
                "invalid": _("Vul een e-mailadres in zoals naam@bedrijf.nl."),
            },
            "start_date": {"invalid": _("Vul een datum in, zoals 1-3-2027.")},
            "closing_date": {"invalid": _("Vul een datum in, zoals 1-3-2027.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["doelgroepen"].queryset = Doelgroep.objects.all()
        self.fields["instruments"].queryset = (
            InstrumentPage.objects.live()
            .exclude(valid_until__lt=timezone.localdate())
            .order_by("title")
        )
        if self.instance.pk:
            self.fields["tasks_text"].initial = "\n".join(t.text for t in self.instance.tasks.all())
        else:
            self.fields["token"].initial = uuid.uuid4()
        autocomplete(
            self,
            postcode="postal-code",
            city="address-level2",
            contact_name="name",
            contact_email="email",
            contact_phone="tel",
        )

    def clean_postcode(self):
        return normalise_postcode(self.cleaned_data["postcode"])

    clean_contact_phone = clean_phone_field("contact_phone")

    def clean_hours_per_week(self):
        hours = self.cleaned_data["hours_per_week"]
        if not 1 <= hours <= 40:
            raise forms.ValidationError(_("Vul een aantal uren tussen 1 en 40 in."))
        return hours

    def clean_contract_months(self):
        months = self.cleaned_data["contract_months"]
        if months is not None and months > MAX_CONTRACT_MONTHS:
            raise forms.ValidationError(
                _("Vul een duur van hoogstens %(max)s maanden in.") % {"max": MAX_CONTRACT_MONTHS}
            )
        return months

    def clean_closing_date(self):
        closing = self.cleaned_data.get("closing_date")
        if closing and closing < timezone.localdate():
            raise forms.ValidationError(_("De sluitingsdatum ligt in het verleden."))
        return closing

    def clean(self):
        cleaned_data = super().clean()
        if "tasks_text" in self.errors:
            return cleaned_data
        tasks = TaskLinesField.lines(cleaned_data.get("tasks_text"))
        if len(tasks) > MAX_TASKS:
            self.add_error(
                "tasks_text",
                _("Noem hoogstens %(max)d taken. U heeft er nu %(count)d.")
                % {"max": MAX_TASKS, "count": len(tasks)},
            )
        if cleaned_data.get("vacancy_type") == VacancyType.JOBCARVING and len(tasks) < 2:
            self.add_error(
                "tasks_text",
                _("Noem bij jobcarving minstens twee losse taken, elk op een eigen regel."),
            )
        if any(len(task) > 200 for task in tasks):
            self.add_error("tasks_text", _("Houd elke taak korter dan 200 tekens."))
        cleaned_data["tasks"] = tasks
        return cleaned_data


class VacancyFilterForm(forms.Form):
    soort = forms.ChoiceField(
        label=_("Soort"), required=False, choices=[("", _("Alles"))] + VacancyType.choices
    )
    plaats = forms.CharField(label=_("Plaats"), required=False, max_length=80)
    uren = forms.IntegerField(
        label=_("Hoogstens uren per week"),
        required=False,
        min_value=1,
        max_value=40,
        error_messages={
            "invalid": _("Vul een heel getal in."),
            "min_value": _("Vul minstens 1 in."),
            "max_value": _("Vul hoogstens 40 in."),
        },
    )
    voor_wie = ListedModelChoiceField(
        label=_("Open voor"),
        queryset=Doelgroep.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Iedereen"),
    )


class ResponseForm(PublicSubmissionForm, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("Ik vind het goed dat de gemeente contact met mij opneemt over deze vacature."),
        error_messages={"required": _("Zonder uw toestemming kunnen wij niets met uw reactie.")},
    )

    class Meta:
        model = VacancyResponse
        fields = ["name", "email", "phone", "message"]
        labels = {
            "name": _("Uw naam"),
            "email": _("Uw e-mailadres"),
            "phone": _("Uw telefoonnummer"),
            "message": _("Waarom past dit bij u?"),
        }
        help_texts = {
            "email": _("E-mail of telefoon: één is genoeg."),
            "phone": _("E-mail of telefoon: één is genoeg."),
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
        ):
            self.add_error("email", _("Vul uw e-mailadres of telefoonnummer in."))
        return cleaned_data


class TelInput(forms.TextInput):
    """``<input type="tel">``: phones show the number pad."""

    input_type = "tel"


class MunicipalityChoiceField(ListedModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=Municipality.objects.all(), **kwargs)


class KernChoiceField(ListedModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=Kern.objects.select_related("municipality"), **kwargs)

    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.municipality})"


class QuestionForm(PublicSubmissionForm, forms.ModelForm):
    """'Stel uw vraag aan de accountmanager'. ``website`` is a honeypot people never see."""

    municipality = MunicipalityChoiceField(
        label=_("In welke gemeente zit uw bedrijf?"),
        empty_label=_("Kies een gemeente"),
        help_text=_("Of de gemeente waar het werk is. Zo komt uw vraag bij de goede persoon."),
        error_messages={
            "required": _("Kies een gemeente."),
            "invalid_choice": _("Kies een gemeente uit de lijst."),
        },
    )
    kern = KernChoiceField(
        label=_("Dorp of stad"),
        required=False,
        empty_label=_("Geen keuze"),
        error_messages={"invalid_choice": _("Kies een dorp of stad uit de lijst.")},
    )
    subject = forms.ChoiceField(
        label=_("Waar gaat uw vraag over?"),
        choices=QuestionSubject.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies waar uw vraag over gaat."),
            "invalid_choice": _("Kies een onderwerp uit de lijst."),
        },
    )

    class Meta:
        model = EmployerQuestion
        fields = [
            "organisation_name",
            "contact_name",
            "email",
            "phone",
            "municipality",
            "kern",
            "subject",
            "question",
        ]
        labels = {
            "organisation_name": _("Naam van uw bedrijf of organisatie"),
            "contact_name": _("Uw naam"),
            "email": _("Uw e-mailadres"),
            "phone": _("Uw telefoonnummer"),
            "question": _("Uw vraag"),
        }
        help_texts = {
            "email": _("Hierop krijgt u antwoord."),
            "phone": _("Alleen als u liever gebeld wordt."),
            "question": _("Hoogstens 2000 tekens."),
        }
        error_messages = {
            "organisation_name": {"required": _("Vul de naam van uw bedrijf of organisatie in.")},
            "contact_name": {"required": _("Vul uw naam in.")},
            "email": {
                "required": _("Vul uw e-mailadres in."),
                "invalid": _("Vul een e-mailadres in zoals naam@bedrijf.nl."),
            },
            "question": {
                "required": _("Schrijf uw vraag op."),
                "max_length": _(
                    "Uw vraag is te lang: gebruik hoogstens %(limit_value)d tekens. "
                    "U heeft er nu %(show_value)d."
                ),
            },
        }
        widgets = {"phone": TelInput, "question": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, token in AUTOCOMPLETE.items():
            self.fields[name].widget.attrs["autocomplete"] = token

    def clean(self):
        cleaned_data = super().clean()
        kern, municipality = cleaned_data.get("kern"), cleaned_data.get("municipality")
        if kern and municipality and kern.municipality_id != municipality.pk:
            self.add_error(
                "kern",
                _("%(kern)s ligt niet in %(municipality)s. Kies een andere plaats of geen keuze.")
                % {"kern": kern.name, "municipality": municipality.name},
            )
        return cleaned_data


AUTOCOMPLETE = {
    "organisation_name": "organization",
    "contact_name": "name",
    "email": "email",
    "phone": "tel",
}
