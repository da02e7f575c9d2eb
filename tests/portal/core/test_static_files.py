"""Static files: only the npm files in vendor-assets.json are served, and the production storage
(hashed names, compressed) collects them without a missing reference."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from portal.core.vendor_assets import load_manifest, trim_css, used_classes
from tests.conftest import require_service

BASE_DIR = Path(__file__).resolve().parents[3]
STATIC_TAG = re.compile(r"""\{%\s*static\s+['"]([^'"]+)['"]\s*%\}""")
PRODUCTION_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def value_source(value):
    return value["trim_css"] if isinstance(value, dict) else value


def static_paths(template):
    return STATIC_TAG.findall((BASE_DIR / "templates" / template).read_text(encoding="utf-8"))


def all_template_static_paths():
    return {
        path
        for template in (BASE_DIR / "templates").rglob("*.html")
        for path in STATIC_TAG.findall(template.read_text(encoding="utf-8"))
    }


@pytest.fixture
def require_node_modules():
    missing = [
        source
        for value in load_manifest(settings.VENDOR_ASSETS_MANIFEST).values()
        if not (settings.NODE_MODULES / (source := value_source(value))).is_file()
    ]
    if missing:
        require_service(f"node_modules lacks {', '.join(missing)} (run `npm ci` or `make test`)")


def test_every_vendor_file_a_template_loads_is_in_the_manifest():
    manifest = load_manifest(settings.VENDOR_ASSETS_MANIFEST)
    vendor_paths = {p for p in all_template_static_paths() if p.startswith("vendor/")}
    assert "vendor/utrecht/components.css" in vendor_paths  # the regex still finds them
    assert {p for p in vendor_paths if p.removeprefix("vendor/") not in manifest} == set()


def test_no_staticfiles_dir_points_into_node_modules():
    for entry in settings.STATICFILES_DIRS:
        path = Path(entry[1] if isinstance(entry, tuple) else entry).resolve()
        assert not path.is_relative_to(settings.NODE_MODULES.resolve()), entry
    assert ("vendor", settings.VENDOR_ASSETS_DIR) in settings.STATICFILES_DIRS


def test_vendor_assets_copies_exactly_the_manifest(require_node_modules, settings, tmp_path):
    settings.VENDOR_ASSETS_DIR = tmp_path / "vendor"
    stale = tmp_path / "vendor" / "utrecht-tokens" / "background-image-icon.css"
    stale.parent.mkdir(parents=True)
    stale.write_text("a file from an earlier manifest")

    call_command("vendor_assets", verbosity=0)

    copied = {p.relative_to(tmp_path / "vendor").as_posix() for p in tmp_path.rglob("*.*")}
    assert copied == set(load_manifest(settings.VENDOR_ASSETS_MANIFEST))
    source = settings.NODE_MODULES / "leaflet/dist/leaflet.css"
    assert (tmp_path / "vendor/leaflet/leaflet.css").read_bytes() == source.read_bytes()


def test_a_missing_npm_file_fails_and_keeps_the_previous_copy(settings, tmp_path):
    (tmp_path / "node_modules/pkg/dist").mkdir(parents=True)
    (tmp_path / "node_modules/pkg/dist/present.css").write_text("body{}")
    manifest = tmp_path / "vendor-assets.json"
    manifest.write_text(
        json.dumps(
            {
                "files": {
                    "pkg/present.css": "pkg/dist/present.css",
                    "pkg/gone.css": "pkg/dist/gone.css",
                }
            }
        )
    )
    previous = tmp_path / "vendor" / "pkg" / "present.css"
    previous.parent.mkdir(parents=True)
    previous.write_text("previous copy")
    settings.VENDOR_ASSETS_MANIFEST = manifest
    settings.NODE_MODULES = tmp_path / "node_modules"
    settings.VENDOR_ASSETS_DIR = tmp_path / "vendor"

    with pytest.raises(CommandError, match="pkg/dist/gone.css"):
        call_command("vendor_assets", verbosity=0)
    assert previous.read_text() == "previous copy"

    manifest.write_text(json.dumps({"files": {"../escape.css": "pkg/dist/present.css"}}))
    with pytest.raises(CommandError, match="relatief pad"):
        call_command("vendor_assets", verbosity=0)


def test_collectstatic_with_the_production_storage(require_node_modules, settings, tmp_path):
    """What the README's production steps run: hashed and compressed, no missing reference."""
    settings.VENDOR_ASSETS_DIR = tmp_path / "vendor"
    call_command("vendor_assets", verbosity=0)
    settings.STATICFILES_DIRS = [BASE_DIR / "static", ("vendor", settings.VENDOR_ASSETS_DIR)]
    settings.STATIC_ROOT = tmp_path / "staticfiles"
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}}

    call_command("collectstatic", interactive=False, verbosity=0)

    from django.contrib.staticfiles.storage import staticfiles_storage

    hashed = json.loads((tmp_path / "staticfiles" / "staticfiles.json").read_text())["paths"]
    referenced = static_paths("base.html") + static_paths(
        "participatiekaart/participatiekaart_page.html"
    )
    assert "vendor/utrecht/components.css" in referenced
    for path in referenced:
        name = hashed[path]
        assert name != path and re.search(r"\.[0-9a-f]{12}\.", name), name
        assert (tmp_path / "staticfiles" / name).is_file()
        if name.endswith((".css", ".js")):
            assert (tmp_path / "staticfiles" / f"{name}.gz").is_file()
        assert staticfiles_storage.url(path) == f"{settings.STATIC_URL}{name}"
    # References inside the vendor files point at hashed copies too.
    leaflet_css = (tmp_path / "staticfiles" / hashed["vendor/leaflet/leaflet.css"]).read_text()
    layers = hashed["vendor/leaflet/images/layers.png"].removeprefix("vendor/leaflet/")
    assert f'url("{layers}")' in leaflet_css
    # The npm files nobody loads are not shipped.
    assert not (
        tmp_path / "staticfiles" / "vendor/utrecht-tokens/background-image-icon.css"
    ).exists()
    assert not (tmp_path / "staticfiles" / "vendor/utrecht-tokens/tokens.json").exists()


# --- The component library, trimmed to what the portal uses ---------------------------------

COMPONENTS = "utrecht/components.css"


@pytest.fixture
def shipped(require_node_modules, settings, tmp_path):
    """The vendor files as `make vendor` builds them."""
    settings.VENDOR_ASSETS_DIR = tmp_path / "vendor"
    call_command("vendor_assets", verbosity=0)
    return settings.VENDOR_ASSETS_DIR


def test_every_utrecht_class_the_portal_writes_has_its_rules_in_the_shipped_css(shipped):
    spec = load_manifest(settings.VENDOR_ASSETS_MANIFEST)[COMPONENTS]
    names, prefixes = used_classes(BASE_DIR, spec["classes_from"])
    assert {"utrecht-button", "utrecht-alert--error", "utrecht-form-label--radio"} <= names
    assert {"utrecht-heading-2", "utrecht-radio-button--html-input"} <= names
    components = (shipped / COMPONENTS).read_text(encoding="utf-8")
    theme = (BASE_DIR / "static/portal/css/theme.css").read_text(encoding="utf-8")
    portal = (BASE_DIR / "static/portal/css/portal.css").read_text(encoding="utf-8")

    def styled(name, css):
        return re.search(rf"\.{re.escape(name)}(?![\w-])", css)

    own = spec["styled_by_the_portal"]
    unstyled = []
    for name in sorted(names | prefixes):
        component = re.split(r"--|__", name)[0]
        if component in own:  # the theme styles the component whole, modifiers included
            ok = styled(component, theme) and not styled(component, components)
        else:
            ok = styled(name, components) or styled(name, theme) or styled(name, portal)
        if not ok:
            unstyled.append(name)
    assert unstyled == []


def test_the_shipped_component_css_is_small_and_styles_no_untouched_field_as_invalid(shipped):
    components = (shipped / COMPONENTS).read_text(encoding="utf-8")
    source = settings.NODE_MODULES / "@utrecht/component-library-css/dist/index.css"
    assert len(components.encode()) < 60_000 < 390_000 < source.stat().st_size
    assert ":invalid" not in components and ":user-invalid" not in components
    assert ".utrecht-accordion" not in components  # a component no template uses
    assert "@license EUPL-1.2" in components  # the notices stay


def test_vendor_assets_builds_the_same_file_every_time(shipped, tmp_path, settings):
    first = (shipped / COMPONENTS).read_bytes()
    settings.VENDOR_ASSETS_DIR = tmp_path / "again"
    call_command("vendor_assets", verbosity=0)
    assert (tmp_path / "again" / COMPONENTS).read_bytes() == first


def test_trim_css_keeps_only_rules_a_used_class_can_match():
    css = """/** @license EUPL-1.2 */
    .utrecht-a { color: red; }
    .utrecht-b, .utrecht-a--big { margin: 0; }
    .utrecht-a:not(.utrecht-c) > .utrecht-a__x { content: "{ ; }"; }
    .utrecht-a:invalid, .utrecht-a[aria-invalid=true] { border-color: red; }
    @media (min-width: 10em) { .utrecht-b { x: 1; } .utrecht-a { x: 2; } }
    @media print { .utrecht-b { x: 3; } }
    @keyframes spin { to { rotate: 1turn; } }
    @keyframes pulse { to { opacity: 0; } }
    .utrecht-a__x { animation: pulse 1s; }
    .utrecht-own { y: 1; }
    """
    out = trim_css(
        css, {"utrecht-a", "utrecht-a__x", "utrecht-own"}, {"utrecht-a--"}, ["utrecht-own"]
    )
    assert ".utrecht-a{color: red;}" in out.replace("; }", ";}")
    assert ".utrecht-a--big{" in out and ".utrecht-b" not in out
    assert '.utrecht-a:not(.utrecht-c)>.utrecht-a__x{content: "{ ; }";}' in out
    assert ".utrecht-a[aria-invalid=true]{" in out and ":invalid" not in out
    assert "@media (min-width: 10em){" in out and "@media print" not in out
    assert "@keyframes spin" not in out and "@keyframes pulse{" in out
    assert "utrecht-own" not in out
    assert "@license EUPL-1.2" in out


def test_used_classes_reads_the_branches_a_template_chooses_between(tmp_path):
    (tmp_path / "a.html").write_text(
        '<p class="utrecht-alert utrecht-alert--{% if x %}ok{% else %}error{% endif %}">'
        '<i class="utrecht-{% if r %}radio-button utrecht-radio-button--html-input{% endif %}">'
        '<b class="utrecht-button-link--{{ kind }}" style="--utrecht-link-color: red">'
    )
    names, prefixes = used_classes(tmp_path, ["*.html"])
    assert names == {
        "utrecht-alert",
        "utrecht-alert--ok",
        "utrecht-alert--error",
        "utrecht-radio-button",
        "utrecht-radio-button--html-input",
    }
    assert prefixes == {"utrecht-button-link--"}
