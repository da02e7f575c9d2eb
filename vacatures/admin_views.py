"""Staff change a vacancy's status with a message (logged in Wagtail's history, mailed), and
handle employers' questions (pick up, reply log, handled)."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.accounts import services as account_services
from portal.accounts.models import JoinRequest
from vacatures import services
from vacatures.models import EmployerQuestion, QuestionNote, QuestionStatus, Status, Vacancy


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Nieuwe status"), widget=forms.RadioSelect)
    message = forms.CharField(
        label=gettext_lazy("Bericht aan de werkgever"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Komt in de e-mail aan de werkgever."),
    )
    reason = forms.CharField(
        label=gettext_lazy("Reden (bij afwijzen)"),
        required=False,
        max_length=Vacancy._meta.get_field("rejection_reason").max_length,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, vacancy, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (s.value, s.label) for s in services.allowed_transitions(vacancy)
        ]

    def clean(self):
        data = super().clean()
        if data.get("status") == Status.REJECTED and not data.get("reason", "").strip():
            self.add_error("reason", _("Vul een reden in. De werkgever krijgt die te zien."))
        return data


def change_status(request, pk):
    vacancy = get_object_or_404(Vacancy.objects.select_related("organisation"), pk=pk)
    if not request.user.has_perm("vacatures.change_vacancy"):
        return redirect("wagtailadmin_home")
    form = StatusForm(request.POST or None, vacancy=vacancy)
    if request.method == "POST" and form.is_valid():
        services.change_status(
            vacancy,
            form.cleaned_data["status"],
            user=request.user,
            message=form.cleaned_data["message"],
            reason=form.cleaned_data["reason"],
        )
        messages.success(
            request, _("Status gewijzigd naar '%(s)s'.") % {"s": vacancy.get_status_display()}
        )
        return redirect("vacatures:index")
    return TemplateResponse(
        request,
        "vacatures/admin/change_status.html",
        {"vacancy": vacancy, "form": form, "next_step": services.next_step(vacancy)},
    )


def decide_join_request(request, pk):
    """Staff approve or decline an access request (when the organisation has no beheerder
    who answers, or the employer asks the municipality)."""
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("user", "organisation"), pk=pk
    )
    if not request.user.has_perm("accounts.change_joinrequest"):
        return redirect("wagtailadmin_home")
    if request.method == "POST":
        approve = request.POST.get("besluit") == "goedkeuren"
        if account_services.decide_join_request(join_request, approve, request.user):
            messages.success(
                request,
                _("Aanvraag goedgekeurd.") if approve else _("Aanvraag afgewezen."),
            )
        return redirect("toegangsaanvragen:index")
    return TemplateResponse(
        request, "vacatures/admin/decide_join_request.html", {"join_request": join_request}
    )


class QuestionNoteForm(forms.ModelForm):
    class Meta:
        model = QuestionNote
        fields = ["note", "emailed"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        data = super().clean()
        if not data.get("note", "").strip() and not data.get("emailed"):
            self.add_error("note", _("Schrijf een notitie of vink 'gemaild' aan."))
        return data


QUESTION_ACTIONS = {
    "oppakken": (QuestionStatus.PICKED_UP, gettext_lazy("U heeft de vraag opgepakt.")),
    "afgehandeld": (QuestionStatus.HANDLED, gettext_lazy("De vraag is afgehandeld.")),
}


def handle_question(request, pk):
    """A question with its reply log: pick it up, add a note, mark it handled."""
    if not request.user.has_perm("vacatures.change_employerquestion"):
        return redirect("wagtailadmin_home")
    question = get_object_or_404(
        EmployerQuestion.objects.select_related("municipality", "kern", "assigned_to"), pk=pk
    )
    form = QuestionNoteForm()
    if request.method == "POST":
        action = request.POST.get("action")
        if action in QUESTION_ACTIONS:
            status, message = QUESTION_ACTIONS[action]
            if services.move_question(question, status, request.user):
                messages.success(request, message)
            else:
                messages.warning(
                    request, _("Een collega heeft deze vraag al opgepakt of afgehandeld.")
                )
            return redirect("werkgever-vragen:handle", pk=question.pk)
        form = QuestionNoteForm(request.POST)
        if form.is_valid():
            services.add_question_note(
                question, request.user, form.cleaned_data["note"], form.cleaned_data["emailed"]
            )
            messages.success(request, _("Uw notitie staat bij de vraag."))
            return redirect("werkgever-vragen:handle", pk=question.pk)
    return TemplateResponse(
        request,
        "vacatures/admin/question_handle.html",
        {
            "question": question,
            "notes": question.notes.select_related("user"),
            "form": form,
        },
    )
