"""sitemap.xml: Wagtail's sitemap, read in three queries whatever the page types."""

from wagtail.contrib.sitemaps import Sitemap

from portal.core import restrictions


class PortalSitemap(Sitemap):
    def items(self):
        """Wagtail's pages (live, public, the site's tree in order), but each as its specific
        type without a query per type: the sitemap reads only the fields every page has
        (URL, publication dates), and no page type of the portal has sitemap URLs of its own."""
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True).live()
        return restrictions.public(pages).order_by("path").specific(defer=True)
