from django import forms
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import Invitation, Organisation, Role
from portal.core.forms import autocomplete, clean_phone_field
from portal.core.validators import validate_kvk_number


class OrganisationForm(forms.ModelForm):
    kvk_number = forms.CharField(
        label=_("KvK-nummer"),
        max_length=12,
        help_text=_("8 cijfers, zoals 12345678."),
        error_messages={"required": _("Vul het KvK-nummer in.")},
    )

    class Meta:
        model = Organisation
        fields = ["name", "kvk_number", "city", "sector", "size", "contact_email", "contact_phone"]
        error_messages = {
            "name": {"required": _("Vul de naam van uw bedrijf in.")},
            "kvk_number": {
                "required": _("Vul het KvK-nummer in."),
                "unique": _(
                    "Dit KvK-nummer is al aangemeld. Vraag een collega om u uit te nodigen."
                ),
            },
            "city": {"required": _("Vul de vestigingsplaats in.")},
            "size": {"required": _("Kies hoeveel mensen er werken.")},
            "contact_email": {
                "required": _("Vul een e-mailadres in."),
                "invalid": _("Vul een e-mailadres in zoals info@bedrijf.nl."),
            },
        }

    def clean_kvk_number(self):
        number = "".join(self.cleaned_data["kvk_number"].split())
        validate_kvk_number(number)  # before the duplicate check, which compares exact strings
        if Organisation.objects.filter(kvk_number=number).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                _("Dit KvK-nummer is al aangemeld. Vraag een collega om u uit te nodigen.")
            )
        return number

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        autocomplete(
            self,
            name="organization",
            city="address-level2",
            contact_email="email",
            contact_phone="tel",
        )

    clean_contact_phone = clean_phone_field("contact_phone")


class InviteForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email", "role"]
        labels = {"email": _("E-mailadres van uw collega"), "role": _("Rol")}
        widgets = {"role": forms.RadioSelect}
        error_messages = {
            "email": {
                "required": _("Vul het e-mailadres van uw collega in."),
                "invalid": _("Vul een e-mailadres in zoals naam@bedrijf.nl."),
            }
        }

    def __init__(self, *args, organisation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["role"].initial = Role.MEDEWERKER

    def clean_email(self):
        from portal.accounts.models import Membership

        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(user__email=email).exists():
            raise forms.ValidationError(_("Deze persoon heeft al een account bij een werkgever."))
        return email
