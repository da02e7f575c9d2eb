"""Employer views of their own vacancies. Every lookup is scoped to the user's organisation."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.accounts.views import membership_required
from vacatures import services
from vacatures.forms import VacancyForm
from vacatures.models import Status, Vacancy, VacancyTask


def _own(membership, pk):
    return get_object_or_404(Vacancy.objects.for_organisation(membership.organisation), pk=pk)


def _save(form, membership, user):
    # A savepoint when the request already runs in a transaction: an IntegrityError (a
    # double submit racing this one) leaves nothing behind and the caller can carry on.
    with transaction.atomic():
        vacancy = form.save(commit=False)
        if not vacancy.pk:
            vacancy.organisation = membership.organisation
            vacancy.created_by = user
            if form.cleaned_data.get("token"):
                vacancy.submission_token = form.cleaned_data["token"]
        vacancy.save()
        form.save_m2m()
        vacancy.tasks.all().delete()
        VacancyTask.objects.bulk_create(
            [
                VacancyTask(vacancy=vacancy, text=t, sort_order=n)
                for n, t in enumerate(form.cleaned_data["tasks"])
            ]
        )
    return vacancy


def _double_submit(token, membership):
    """The answer to a post whose form token was used before: nothing is created twice.

    The token is unique over all organisations, so a token of another organisation's vacancy
    (a tampered hidden field) is a double submit too; it leads to the dashboard and reveals
    nothing about that vacancy. ``None`` when the token is new.
    """
    if token is None:
        return None
    existing = Vacancy.objects.filter(submission_token=token).values("pk", "organisation").first()
    if existing is None:
        return None
    if existing["organisation"] == membership.organisation_id:
        return redirect("werkgevers:vacancy_detail", pk=existing["pk"])
    return redirect("werkgevers:dashboard")


@membership_required
def vacancy_create(request, membership):
    form = VacancyForm(
        request.POST or None,
        initial={
            "contact_name": request.user.get_full_name(),
            "contact_email": request.user.email,
            "city": membership.organisation.city,
        },
    )
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data.get("token")
        double = _double_submit(token, membership)
        if double:
            return double
        try:
            vacancy = _save(form, membership, request.user)
        except IntegrityError:
            # Two posts with the same token at the same moment: the other one won.
            double = _double_submit(token, membership)
            if not double:
                raise
            return double
        if request.POST.get("action") == "submit":
            services.submit(vacancy, request.user)
            messages.success(request, _("Uw vacature is verstuurd naar de accountmanager."))
        else:
            messages.success(request, _("Uw vacature is bewaard als concept."))
        return redirect("werkgevers:vacancy_detail", pk=vacancy.pk)
    return render(request, "vacatures/vacancy_form.html", {"form": form, "vacancy": None})


@membership_required
def vacancy_detail(request, membership, pk):
    vacancy = _own(membership, pk)
    return render(
        request,
        "vacatures/vacancy_detail.html",
        {
            "vacancy": vacancy,
            "next_step": services.next_step(vacancy),
            "can_submit": Status.SUBMITTED in services.TRANSITIONS[Status(vacancy.status)],
            "can_edit": vacancy.status in services.EDITABLE,
        },
    )


@membership_required
def vacancy_edit(request, membership, pk):
    vacancy = _own(membership, pk)
    if vacancy.status not in services.EDITABLE:
        raise Http404
    form = VacancyForm(request.POST or None, instance=vacancy)
    if request.method == "POST" and form.is_valid():
        changed = form.has_changed()  # saving an unchanged form is no edit to review again
        vacancy = _save(form, membership, request.user)
        if changed:
            services.record_edit(vacancy, request.user)
        if request.POST.get("action") == "submit" and vacancy.status in (
            Status.CONCEPT,
            Status.REJECTED,
        ):
            services.submit(vacancy, request.user)
        messages.success(request, _("De wijzigingen zijn bewaard."))
        return redirect("werkgevers:vacancy_detail", pk=vacancy.pk)
    return render(request, "vacatures/vacancy_form.html", {"form": form, "vacancy": vacancy})


@membership_required
@require_POST
def vacancy_submit(request, membership, pk):
    vacancy = _own(membership, pk)
    if vacancy.status in (Status.CONCEPT, Status.REJECTED):
        services.submit(vacancy, request.user)
        messages.success(request, _("Uw vacature is verstuurd naar de accountmanager."))
    return redirect("werkgevers:vacancy_detail", pk=vacancy.pk)
