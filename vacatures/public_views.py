"""Public vacancy list and detail, and the question form (thin: rules in services)."""

from django.core.paginator import Paginator
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.core.forms import applied_filters
from portal.core.models import SiteSettings
from portal.core.submissions import handle_public_submission
from vacatures import services
from vacatures.forms import QuestionForm, ResponseForm, VacancyFilterForm
from vacatures.models import Vacancy


def vacancy_url(index, vacancy):
    return index.url + index.reverse_subpage(
        "detail", kwargs={"pk": vacancy.pk, "slug": vacancy.slug}
    )


def index(page, request):
    form = VacancyFilterForm(request.GET or None)
    filters = applied_filters(form)
    paginator = Paginator(services.public_vacancies(filters), 20)
    page_obj = paginator.get_page(request.GET.get("pagina"))
    return page.render(
        request,
        context_overrides={
            "form": form,
            "page_obj": page_obj,
            "vacancies": [(v, vacancy_url(page, v)) for v in page_obj.object_list],
            "filtered": any(filters.values()),
        },
    )


def _public_or_404(pk):
    vacancy = (
        Vacancy.objects.public()
        .select_related("organisation")
        .prefetch_related("tasks", "doelgroepen")
        .filter(pk=pk)
        .first()
    )
    if vacancy is None:
        raise Http404
    return vacancy


def detail(page, request, pk):
    vacancy = _public_or_404(pk)
    url = vacancy_url(page, vacancy)
    form = ResponseForm(request.POST or None)
    status = 200
    if request.method == "POST":
        redirect, status = handle_public_submission(
            request,
            form,
            scope="vacancy-response",
            limit_per_hour=5,
            thanks_url=url + "bedankt/",
            is_duplicate=services.is_duplicate_response,
            save=lambda data: services.register_response(
                vacancy, form, request.build_absolute_uri(url), SiteSettings.for_request(request)
            ),
            limited_message=_(
                "U heeft het afgelopen uur al vaak gereageerd. Probeer het later opnieuw."
            ),
        )
        if redirect:
            return redirect
    result = page.render(
        request,
        template="vacatures/vacancy_public.html",
        context_overrides={
            "vacancy": vacancy,
            "form": form,
            "route_title": vacancy.title,
            "route_description": vacancy.description,
            "job_posting": services.job_posting(vacancy, request.build_absolute_uri(url)),
        },
    )
    result.status_code = status
    return result


def thanks(page, request, pk):
    vacancy = _public_or_404(pk)
    return page.render(
        request,
        template="vacatures/response_thanks.html",
        context_overrides={"vacancy": vacancy, "route_title": _("Bedankt")},
    )


def question(page, request):
    """'Stel uw vraag aan de accountmanager' (the page's form)."""
    form = QuestionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        redirect, status = handle_public_submission(
            request,
            form,
            scope="employer-question",
            limit_per_hour=services.QUESTION_LIMIT_PER_HOUR,
            thanks_url=page.url + page.reverse_subpage("thanks"),
            is_duplicate=services.is_duplicate_question,
            save=lambda data: services.register_question(
                form,
                SiteSettings.for_request(request),
                lambda q: request.build_absolute_uri(
                    reverse("werkgever-vragen:handle", args=[q.pk])
                ),
            ),
            limited_message=_(
                "U heeft het afgelopen uur al vaak een vraag gestuurd. Probeer het later "
                "opnieuw, of bel ons."
            ),
        )
        if redirect:
            return redirect
    result = page.render(request, context_overrides={"form": form})
    result.status_code = status
    return result
