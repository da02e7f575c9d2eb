"""Stable open-data URLs of the participatiekaart (outside the page tree, so they never move)."""

from django.urls import path

from participatiekaart import views

app_name = "participatiekaart"
urlpatterns = [
    path("plekken.geojson", views.geojson, name="geojson"),
    path("plekken.csv", views.csv_export, name="csv"),
]
