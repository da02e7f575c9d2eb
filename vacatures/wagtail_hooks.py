"""Admin: vacancies with filters, export, history and a status action; employers; the inbox
of employers' questions and the table that routes them."""

import django_filters
from django.contrib.auth import get_user_model
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from portal.accounts.models import JoinRequest, JoinRequestStatus, Organisation
from portal.core.exports import SafeExportViewSetMixin
from portal.core.models import Municipality
from vacatures.admin_views import change_status, decide_join_request, handle_question
from vacatures.models import (
    EmployerQuestion,
    QuestionRoute,
    QuestionStatus,
    QuestionSubject,
    Status,
    Vacancy,
    VacancyResponse,
    VacancyType,
)


class VacancyFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    vacancy_type = django_filters.ChoiceFilter(label=_("Soort"), choices=VacancyType.choices)
    organisation = django_filters.ModelChoiceFilter(
        label=_("Werkgever"), queryset=Organisation.objects.all()
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Aangemaakt"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Vacancy
        fields = ["status", "vacancy_type", "organisation", "created_at"]


class StatusActionColumn(Column):
    def get_value(self, instance):
        return _("Status wijzigen")

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = _("Status wijzigen")
        return context

    cell_template_name = "vacatures/admin/status_cell.html"


class VacancyViewSet(SafeExportViewSetMixin, ModelViewSet):
    model = Vacancy
    icon = "doc-full"
    menu_label = _("Vacatures")
    name = "vacatures"
    filterset_class = VacancyFilterSet
    list_display = [
        "title",
        "organisation",
        "vacancy_type",
        "status",
        "created_at",
        StatusActionColumn("status_action", label=_("Actie")),
    ]
    list_export = [
        "title",
        "organisation",
        "vacancy_type",
        "status",
        "hours_per_week",
        "city",
        "closing_date",
        "created_at",
        "submitted_at",
        "published_at",
    ]
    export_filename = "vacatures"
    search_fields = ["title", "description", "organisation__name"]
    inspect_view_enabled = True
    ordering = ["-created_at"]
    form_fields = [
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

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("status/<int:pk>/", change_status, name="status"),
        ]


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Werkgevers")
    name = "werkgevers-organisaties"
    list_display = ["name", "kvk_number", "city", "size", "created_at"]
    search_fields = ["name", "kvk_number"]
    form_fields = ["name", "kvk_number", "city", "sector", "size", "contact_email", "contact_phone"]
    inspect_view_enabled = True


class VacancyResponseViewSet(ModelViewSet):
    model = VacancyResponse
    icon = "mail"
    menu_label = _("Reacties")
    name = "vacature-reacties"
    list_display = ["vacancy", "name", "created_at"]
    form_fields = ["name", "email", "phone", "message"]
    inspect_view_enabled = True


class JoinRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=JoinRequestStatus.choices)

    class Meta:
        model = JoinRequest
        fields = ["status", "organisation"]


class DecideColumn(Column):
    cell_template_name = "vacatures/admin/decide_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = _("Beslissen") if instance.is_open else ""
        return context


class JoinRequestViewSet(ModelViewSet):
    """Someone asked access to an organisation whose KvK-nummer is registered already."""

    model = JoinRequest
    icon = "user"
    menu_label = _("Toegangsaanvragen")
    name = "toegangsaanvragen"
    filterset_class = JoinRequestFilterSet
    list_display = [
        "user",
        "organisation",
        "status",
        "created_at",
        DecideColumn("decide", label=_("Actie")),
    ]
    add_view_enabled = False
    edit_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["status"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("beslissen/<int:pk>/", decide_join_request, name="decide"),
        ]


class EmployerQuestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=QuestionStatus.choices)
    subject = django_filters.ChoiceFilter(label=_("Onderwerp"), choices=QuestionSubject.choices)
    municipality = django_filters.ModelChoiceFilter(
        label=_("Gemeente"), queryset=Municipality.objects.all()
    )
    assigned_to = django_filters.ModelChoiceFilter(
        label=_("Opgepakt door"),
        queryset=get_user_model().objects.filter(
            pk__in=EmployerQuestion.objects.values("assigned_to")
        ),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Ontvangen"), widget=DateRangePickerWidget
    )

    class Meta:
        model = EmployerQuestion
        fields = ["status", "subject", "municipality", "assigned_to", "created_at"]


class HandleQuestionColumn(Column):
    cell_template_name = "vacatures/admin/question_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = _("Behandelen")
        return context


class EmployerQuestionViewSet(ModelViewSet):
    """The inbox: questions employers asked through the public form. Staff read, pick up,
    note and close them; nobody edits what the employer wrote."""

    model = EmployerQuestion
    icon = "help"
    menu_label = _("Vragen van werkgevers")
    name = "werkgever-vragen"
    filterset_class = EmployerQuestionFilterSet
    list_display = [
        "organisation_name",
        "subject",
        "municipality",
        "status",
        "assigned_to",
        "created_at",
        HandleQuestionColumn("handle", label=_("Actie")),
    ]
    search_fields = ["organisation_name", "contact_name", "question"]
    ordering = ["-created_at"]
    add_view_enabled = False
    edit_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["status"]

    def get_queryset(self, request):
        return EmployerQuestion.objects.select_related("municipality", "assigned_to")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("behandelen/<int:pk>/", handle_question, name="handle"),
        ]


class QuestionRouteViewSet(ModelViewSet):
    """Where questions go: staff keep this table (most specific rule wins)."""

    model = QuestionRoute
    icon = "redirect"
    menu_label = _("Verdeling van vragen")
    name = "vragen-verdeling"
    list_display = ["municipality", "kern", "subject", "name", "email"]
    form_fields = ["municipality", "kern", "subject", "name", "email"]

    def get_queryset(self, request):
        return QuestionRoute.objects.select_related("municipality", "kern__municipality")


class WerkgeversGroup(ViewSetGroup):
    items = (
        VacancyViewSet,
        VacancyResponseViewSet,
        EmployerQuestionViewSet,
        QuestionRouteViewSet,
        OrganisationViewSet,
        JoinRequestViewSet,
    )
    menu_icon = "doc-full"
    menu_label = _("Werkgevers")
    menu_name = "werkgevers"
    menu_order = 200


@hooks.register("register_admin_viewset")
def register_viewsets():
    return WerkgeversGroup()


@hooks.register("register_log_actions")
def register_vacancy_log_actions(actions):
    def describe(log_entry):
        data = log_entry.data or {}
        labels = dict(Status.choices)
        text = _("Status: %(old)s → %(new)s") % {
            "old": labels.get(data.get("from"), data.get("from")),
            "new": labels.get(data.get("to"), data.get("to")),
        }
        return f"{text}. {data['message']}" if data.get("message") else text

    actions.register_action("vacatures.status", _("Status gewijzigd"), describe)

    def describe_question(log_entry):
        data = log_entry.data or {}
        labels = dict(QuestionStatus.choices)
        return _("Status: %(old)s → %(new)s") % {
            "old": labels.get(data.get("from"), data.get("from")),
            "new": labels.get(data.get("to"), data.get("to")),
        }

    actions.register_action(
        "vacatures.question_status", _("Status van de vraag gewijzigd"), describe_question
    )
