"""Shared plumbing of the portal's public forms (interest, proposals, responses)."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _


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

    def clean_phone(self):
        """Used by every public form that asks for a phone number (optional, Dutch)."""
        phone = self.cleaned_data["phone"].strip()
        if phone and not 10 <= sum(c.isdigit() for c in phone) <= 13:
            raise forms.ValidationError(
                _("Vul een telefoonnummer in van 10 cijfers, zoals 06 12345678.")
            )
        return phone


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
