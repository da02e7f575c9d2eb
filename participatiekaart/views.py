"""Thin views of the participatiekaart page; the rules are in services.py."""

import csv

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from participatiekaart import services
from participatiekaart.forms import InterestForm, PlaceSearchForm, ProposalForm, ReportForm
from participatiekaart.models import Interest, Organisation, Outcome, Place
from portal.core.forms import applied_filters
from portal.core.submissions import handle_public_submission

PAGE_SIZE = 20


def _filters(request):
    form = PlaceSearchForm(request.GET or None)
    return form, applied_filters(form)


def _page(queryset, number):
    paginator = Paginator(queryset, PAGE_SIZE)
    try:
        return paginator.page(number or 1)
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)


def place_url(index, place):
    return index.url + index.reverse_subpage("place", kwargs={"slug": place.slug})


def search(index, request):
    form, filters = _filters(request)
    outcome = services.search_places(filters)
    page = _page(outcome.places, request.GET.get("pagina"))
    places = list(page.object_list)
    features = [
        services.geojson_feature(p, place_url(index, p)) for p in places if p.has_coordinates
    ]
    return index.render(
        request,
        context_overrides={
            "form": form,
            "page_obj": page,
            "places": places,
            "outcome": outcome,
            "map_data": {"type": "FeatureCollection", "features": features},
            "tile_url": settings.MAP_TILE_URL,
            "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
            "filtered": any(v not in (None, "", False) for v in filters.values()),
            "active_filters": PlaceSearchForm.active_count(filters),
            "query_string": request.GET.urlencode(),
        },
    )


def _index_or_404():
    index = services.place_index_page()
    if index is None:
        raise Http404
    return index


def geojson(request):
    """Open data: the filtered places as a streamed GeoJSON FeatureCollection."""
    index = _index_or_404()
    _form, filters = _filters(request)
    places = services.search_places(filters).places
    response = StreamingHttpResponse(
        services.iter_geojson(places, lambda p: request.build_absolute_uri(place_url(index, p))),
        content_type="application/geo+json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"  # open data
    return response


class _Echo:
    def write(self, value):
        return value


def csv_export(request):
    """Open data: the filtered places as CSV (semicolon-separated, UTF-8 with BOM)."""
    index = _index_or_404()
    _form, filters = _filters(request)
    places = services.search_places(filters).places
    writer = csv.DictWriter(_Echo(), fieldnames=services.CSV_FIELDS, delimiter=";")

    def rows():
        yield "\ufeff" + writer.writeheader()  # BOM: spreadsheet programs read UTF-8
        for place in places.iterator(chunk_size=500):
            url = request.build_absolute_uri(place_url(index, place))
            yield writer.writerow(services.place_record(place, url))

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="participatiekaart-plekken.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _public_place(slug):
    return get_object_or_404(
        Place.objects.public().select_related("organisation", "kern__municipality"), slug=slug
    )


def place_detail(index, request, slug):
    place = _public_place(slug)
    form = InterestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        redirect, status = handle_public_submission(
            request,
            form,
            scope="place-interest",
            limit_per_hour=services.INTEREST_LIMIT_PER_HOUR,
            thanks_url=place_url(index, place) + "aangemeld/",
            is_duplicate=services.is_duplicate_interest,
            save=lambda data: services.register_interest(
                place, data, settings.SITE_URL, request.build_absolute_uri(place_url(index, place))
            )[1],
            limited_message=_(
                "U heeft zich het afgelopen uur al vaak aangemeld. Probeer het "
                "later opnieuw, of bel de organisatie."
            ),
        )
        if redirect:
            return redirect
    response = index.render(
        request,
        template="participatiekaart/place_detail.html",
        context_overrides={
            "place": place,
            "interest_form": form,
            "route_title": place.title,
            "route_description": place.description,
        },
    )
    response.status_code = status
    return response


def _thanks(index, request, slug, template, title):
    return index.render(
        request,
        template=template,
        context_overrides={"place": _public_place(slug), "route_title": title},
    )


def interest_thanks(index, request, slug):
    return _thanks(index, request, slug, "participatiekaart/interest_thanks.html", _("Aangemeld"))


def report_thanks(index, request, slug):
    return _thanks(index, request, slug, "participatiekaart/report_thanks.html", _("Bedankt"))


def report(index, request, slug):
    """'Klopt niet meer': the shared public-form flow, then Post/Redirect/Get."""
    place = _public_place(slug)
    url = place_url(index, place)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        redirect, status = handle_public_submission(
            request,
            form,
            scope="place-report",
            limit_per_hour=services.REPORT_LIMIT_PER_HOUR,
            thanks_url=url + "klopt-niet/bedankt/",
            is_duplicate=services.is_duplicate_report,
            save=lambda data: services.register_report(place, data),
            limited_message=_(
                "Er zijn het afgelopen uur al veel meldingen verstuurd. Probeer het later "
                "opnieuw, of mail de gemeente."
            ),
        )
        if redirect:
            return redirect
    response = index.render(
        request,
        template="participatiekaart/report.html",
        context_overrides={
            "place": place,
            "report_form": form,
            "route_title": _("Klopt niet meer"),
        },
    )
    response.status_code = status
    return response


def proposal(index, request):
    form = ProposalForm(request.POST or None)
    status = 200
    if request.method == "POST":
        redirect, status = handle_public_submission(
            request,
            form,
            scope="place-proposal",
            limit_per_hour=services.PROPOSAL_LIMIT_PER_HOUR,
            thanks_url=index.url + index.reverse_subpage("proposal_thanks"),
            is_duplicate=services.is_duplicate_proposal,
            save=lambda data: services.create_proposal(form, index.get_site()) is not None,
            limited_message=_(
                "Er zijn het afgelopen uur al veel voorstellen verstuurd. Probeer het later "
                "opnieuw, of mail de gemeente."
            ),
        )
        if redirect:
            return redirect
    response = index.render(
        request,
        template="participatiekaart/proposal.html",
        context_overrides={"form": form, "route_title": _("Plek voorstellen")},
    )
    response.status_code = status
    return response


def confirm(index, request, token):
    organisation = get_object_or_404(Organisation, confirm_token=token)
    confirmed = None
    if request.method == "POST":
        confirmed = services.confirm_places(organisation)
    return index.render(
        request,
        template="participatiekaart/confirm.html",
        context_overrides={
            "organisation": organisation,
            "confirmed": confirmed,
            "places": organisation.places.filter(live=True).order_by("title"),
            "route_title": _("Plekken bevestigen"),
        },
    )


def outcome(index, request, token):
    interest = get_object_or_404(Interest.objects.select_related("place"), outcome_token=token)
    if request.method == "POST":
        choice = request.POST.get("uitkomst")
        if choice not in (Outcome.STARTED, Outcome.NOT_STARTED):
            raise Http404
        services.record_outcome(interest, choice)
    return index.render(
        request,
        template="participatiekaart/outcome.html",
        context_overrides={
            "interest": interest,
            "route_title": _("Uitkomst doorgeven"),
            "Outcome": Outcome,
        },
    )
