from django.urls import path

from portal.accounts import views
from vacatures import views as vacancy_views

app_name = "werkgevers"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("organisatie/", views.organisation_create, name="organisation_create"),
    path("uitnodigen/", views.invite, name="invite"),
    path("uitnodiging/<uuid:token>/", views.invitation_accept, name="invitation_accept"),
    path("toegang/", views.join_request_create, name="join_request"),
    path("toegang/<int:pk>/", views.join_request_decide, name="join_request_decide"),
    path("vacatures/nieuw/", vacancy_views.vacancy_create, name="vacancy_create"),
    path("vacatures/<int:pk>/", vacancy_views.vacancy_detail, name="vacancy_detail"),
    path("vacatures/<int:pk>/wijzigen/", vacancy_views.vacancy_edit, name="vacancy_edit"),
    path("vacatures/<int:pk>/versturen/", vacancy_views.vacancy_submit, name="vacancy_submit"),
]
