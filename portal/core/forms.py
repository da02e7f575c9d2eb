"""Shared plumbing of the portal's public forms (interest, proposals, responses)."""

import uuid

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from portal.core.validators import normalise_phone_number


class DateInput(forms.DateInput):
    """``<input type="date">``. Browsers only take an ISO date (2027-01-24) as its value and
    silently drop anything else, so the value is never rendered in the Dutch format."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


def autocomplete(form, **tokens):
    """Give ``form``'s fields the HTML ``autocomplete`` token of what they ask (WCAG 1.3.5:
    browsers fill in a name, e-mail address or postcode): ``autocomplete(self, name="name",
    phone="tel")``. Phone fields (token ``tel``) also become ``<input type="tel">``, the phone
    keypad on a mobile."""
    for name, token in tokens.items():
        widget = form.fields[name].widget
        widget.attrs["autocomplete"] = token
        if token.split()[-1] == "tel":
            widget.input_type = "tel"


def clean_phone_field(name):
    """A ``clean_<name>`` method for every form with a phone field: one validation, one stored
    format (see ``portal.core.validators.normalise_phone_number``)."""

    def clean(self):
        return normalise_phone_number(self.cleaned_data[name])

    return clean


class PublicSubmissionForm(forms.Form):
    """A form token (a double submit does nothing twice) and a honeypot field for bots.

    Mix in before ``forms.ModelForm``: ``class MyForm(PublicSubmissionForm, forms.ModelForm)``.
    Templates render ``form.token`` and ``form.website`` (inside ``.portal-honeypot``).
    """

    token = forms.UUIDField(widget=forms.HiddenInput)
    website = forms.CharField(
        required=False,
        label=_("Laat dit veld leeg"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["token"].initial = uuid.uuid4()
        self.fields["token"].error_messages["required"] = _(
            "Het formulier is verlopen. Laad de pagina opnieuw."
        )

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    clean_phone = clean_phone_field("phone")


def applied_filters(form):
    """The valid values of a GET filter form. Invalid filters get their message next to the
    field and are left out; the others still apply."""
    if not form.is_bound:
        return {}
    form.is_valid()
    return form.cleaned_data


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField on integer ids that refuses anything else before the query.

    Django checks the ids with an ``id__in`` query, which has no overflow guard: an id of 400
    digits crashed SQLite (a 500). Use through ``Meta.field_classes`` of a ModelForm."""

    MAX_ID = 2**63 - 1

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["invalid_pk_value"] = _("Kies een waarde uit de lijst.")
        self.error_messages["invalid_choice"] = _("Kies een waarde uit de lijst.")

    def _check_values(self, value):
        for pk in value:
            text = str(pk).strip()
            if not (text.isascii() and text.isdigit() and int(text) <= self.MAX_ID):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


class _ListedChoices(ModelChoiceIterator):
    """The options of a ``ListedModelChoiceField``, from its list (no query of their own)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.field.objects:
            yield self.choice(obj)

    def __len__(self):
        return len(self.field.objects) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.objects)


class ListedModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField for filter lists: its objects are read once, the options render from
    that list and a chosen value is looked up in it. Django's own field counts the objects,
    lists them and fetches the chosen one: three queries, each time it renders or validates.

    Fields of one form that offer the same objects can share one list (``share_objects``).
    """

    iterator = _ListedChoices

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result._objects = result._objects_of = None  # each form reads its own list
        return result

    def share_objects(self, other):
        """Take the objects from ``other`` (a field of the same form) instead of a query."""
        self._objects_of = other

    @property
    def objects(self):
        if getattr(self, "_objects_of", None) is not None:
            return self._objects_of.objects
        if getattr(self, "_objects", None) is None:
            self._objects = list(self.queryset)
        return self._objects

    def to_python(self, value):
        if value in self.empty_values:
            return None
        key = self.to_field_name or "pk"
        if isinstance(value, self.queryset.model):
            value = getattr(value, key)
        for obj in self.objects:
            if str(getattr(obj, key)) == str(value):
                return obj
        raise forms.ValidationError(
            self.error_messages["invalid_choice"],
            code="invalid_choice",
            params={"value": value},
        )
