from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.core import views as core_views
from portal.core.sitemap import PortalSitemap

urlpatterns = [
    path("health/", core_views.health, name="health"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", core_views.security_txt, name="security_txt"),
    path("favicon.ico", core_views.favicon),
    # One login path for everyone: Wagtail's own login and password-reset forms (which know
    # nothing of MFA, verification or rate limits) send people to allauth's pages.
    path("admin/login/", core_views.to_account_login),
    path("_util/login/", core_views.to_account_login),  # Wagtail's form for private pages
    path("admin/password_reset/", core_views.to_password_reset),
    path("admin/password_reset/<path:rest>", core_views.to_password_reset),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": PortalSitemap}}),
    path("open-data/participatiekaart/", include("participatiekaart.urls")),
    path("account/", include("allauth.urls")),
    path("werkgevers/omgeving/", include("portal.accounts.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "portal.core.views.page_not_found"
handler500 = "portal.core.views.server_error"
