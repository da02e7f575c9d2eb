"""Copy the npm files the portal serves from node_modules into one build folder.

``vendor-assets.json`` (in the project root) lists every file: its path under ``vendor/`` and its
source under ``node_modules/``. Only that folder is in STATICFILES_DIRS, so collectstatic never
sees the rest of an npm package (15 MB of tokens, source maps and CSS whose url() targets the
package does not ship, which the hashed production storage refuses).
"""

import json
import os
import shutil
from pathlib import Path, PurePosixPath


class VendorAssetError(Exception):
    """The manifest is malformed or lists a file node_modules does not have."""


def _relative(path, what):
    pure = PurePosixPath(path)
    if not path or pure.is_absolute() or ".." in pure.parts or "\\" in path:
        raise VendorAssetError(f"{what} moet een relatief pad zonder '..' zijn: {path!r}")
    return pure


def load_manifest(manifest_path):
    """Return ``{target under vendor/: source under node_modules/}`` from the manifest."""
    try:
        data = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise VendorAssetError(f"{manifest_path} is niet te lezen: {exc}") from exc
    if not isinstance(files, dict) or not files:
        raise VendorAssetError(f"{manifest_path}: 'files' moet een niet-lege lijst van paden zijn")
    for target, source in files.items():
        _relative(target, "Doel")
        _relative(source, "Bron")
    return files


def copy_vendor_assets(manifest_path, node_modules, destination):
    """Make ``destination`` hold exactly the manifest's files; return their target paths.

    Every source is checked before anything is written, and the new folder replaces the old one
    in one step, so a failed run leaves the previous copy intact and no stale file survives.
    """
    files = load_manifest(manifest_path)
    node_modules = Path(node_modules)
    destination = Path(destination)
    missing = sorted(src for src in files.values() if not (node_modules / src).is_file())
    if missing:
        raise VendorAssetError(
            f"Niet gevonden in {node_modules} (eerst `npm ci`?): " + ", ".join(missing)
        )
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = destination.with_name(f"{destination.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for target, source in files.items():
            out = staging / target
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(node_modules / source, out)
        shutil.rmtree(destination, ignore_errors=True)
        os.replace(staging, destination)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(files)
