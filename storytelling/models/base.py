"""What every story page shares: the privacy guard and the links to instruments."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from storytelling.privacy import find_personal_data

PRIVACY_HELP = _(
    "Verplicht om te publiceren. Bevestig dat het verhaal verzonnen is, of geanonimiseerd met "
    "vastgelegde toestemming van de persoon. Echte namen, adressen en nummers horen er niet in."
)


class ConsentBasis(models.TextChoices):
    FICTIONAL = "fictief", _("Verzonnen verhaal (voorbeeld)")
    CONSENT = "toestemming", _("Echt verhaal, geanonimiseerd, met vastgelegde toestemming")


class StoryPrivacyMixin(models.Model):
    """Fields and checks that keep personal data out of published stories."""

    consent_basis = models.CharField(
        _("grondslag"),
        max_length=12,
        choices=ConsentBasis.choices,
        blank=True,
        help_text=_("Is het verhaal verzonnen, of echt en geanonimiseerd met toestemming?"),
    )
    consent_recorded_on = models.DateField(
        _("toestemming vastgelegd op"),
        null=True,
        blank=True,
        help_text=_("Alleen bij een echt verhaal: de datum van de schriftelijke toestemming."),
    )
    privacy_confirmed = models.BooleanField(
        _("ik heb gecontroleerd dat er geen persoonsgegevens in staan"),
        default=False,
        help_text=PRIVACY_HELP,
    )

    privacy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("consent_basis"),
                FieldPanel("consent_recorded_on"),
                FieldPanel("privacy_confirmed"),
            ],
            heading=_("Privacy (verplicht voor publicatie)"),
        )
    ]

    #: Names of text fields (plain or StreamField) that the guard scans.
    privacy_scanned_fields = []

    class Meta:
        abstract = True

    def _text_of(self, field_name):
        value = getattr(self, field_name)
        field = self._meta.get_field(field_name)
        if isinstance(field, StreamField):
            return " ".join(field.stream_block.get_searchable_content(value))
        return str(value or "")

    def personal_data_errors(self):
        errors = {}
        for name in ["title", *self.privacy_scanned_fields]:
            findings = find_personal_data(self._text_of(name))
            if findings:
                errors[name] = [ValidationError(f.message()) for f in findings]
        return errors

    def privacy_confirmation_errors(self):
        errors = {}
        if not self.privacy_confirmed:
            errors["privacy_confirmed"] = _(
                "Bevestig eerst dat het verhaal geen persoonsgegevens bevat. Zonder deze "
                "bevestiging kan het verhaal niet gepubliceerd worden."
            )
        if not self.consent_basis:
            errors["consent_basis"] = _("Kies of het verhaal verzonnen is of echt met toestemming.")
        elif self.consent_basis == ConsentBasis.CONSENT and not self.consent_recorded_on:
            errors["consent_recorded_on"] = _("Vul de datum van de toestemming in.")
        return errors

    def clean(self):
        super().clean()
        errors = self.personal_data_errors()
        # The editor form decides per button (publish or draft); everywhere else a live story
        # must carry the confirmation, so no code path can publish without it.
        if self.live and not getattr(self, "privacy_checked_by_form", False):
            errors.update(self.privacy_confirmation_errors())
        if errors:
            raise ValidationError(errors)

    def minimal_clean(self):
        """Wagtail validates drafts minimally; personal data is refused for drafts too."""
        super().minimal_clean()
        errors = self.personal_data_errors()
        if errors:
            raise ValidationError(errors)


class StoryPageForm(WagtailAdminPageForm):
    """Blocks the publish button (and submitting for publication) without the confirmation."""

    PUBLISHING_ACTIONS = ("action-publish", "action-submit")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.privacy_checked_by_form = True

    def is_valid(self):
        """The page and its inline rows are valid, and each linked instrument's hour floor is
        met by the hours typed on this page (the rows cannot see the unsaved page)."""
        valid = super().is_valid()
        formset = self.formsets.get("instrument_links")
        if not valid or formset is None or "hours_per_week" not in self.cleaned_data:
            return valid
        from storytelling.models import StoryInstrumentLink

        hours = self.cleaned_data["hours_per_week"]
        for form in formset.forms:
            data = getattr(form, "cleaned_data", {})
            if data.get("instrument") and not data.get("DELETE"):
                message = StoryInstrumentLink.hours_error(data["instrument"], hours)
                if message:
                    form.add_error("instrument", message)
                    valid = False
        return valid

    def clean(self):
        cleaned_data = super().clean()
        if any(action in self.data for action in self.PUBLISHING_ACTIONS):
            probe = self.instance
            for field in ("privacy_confirmed", "consent_basis", "consent_recorded_on"):
                if field in cleaned_data:
                    setattr(probe, field, cleaned_data[field])
            for field, message in probe.privacy_confirmation_errors().items():
                if field in self.fields:
                    self.add_error(field, message)
        return cleaned_data
