"""Copy the npm files the portal serves from node_modules into one build folder.

``vendor-assets.json`` (in the project root) lists every file: its path under ``vendor/`` and its
source under ``node_modules/``. Only that folder is in STATICFILES_DIRS, so collectstatic never
sees the rest of an npm package (15 MB of tokens, source maps and CSS whose url() targets the
package does not ship, which the hashed production storage refuses).

A value may also be ``{"trim_css": source, "classes_from": [glob, ...], "styled_by_the_portal":
[component, ...]}``: the stylesheet is then shipped with only the rules the portal can use (see
``trim_css``), for the NL Design System component library of which the templates use a tenth.
The components the portal's own theme (static/portal/css/theme.css) styles are left out whole.
"""

import json
import os
import re
import shutil
from pathlib import Path, PurePosixPath

# A class the portal writes: in templates, Python and JavaScript ("--utrecht-x" custom properties
# are no class). A name followed by "{" is completed by the template: by each literal branch of
# "{% if %}a{% else %}b{% endif %}", or by anything at all ("{{ kind }}", Python's "{kind}").
USED_CLASS = re.compile(
    r"(?<![\w-])(utrecht-[A-Za-z0-9_-]*)"
    r"(?=(\{%\s*if\b.*?\{%\s*endif\s*%\}|\{(?!%))?([A-Za-z0-9_-]*))",
    re.S,
)
TEMPLATE_BRANCH = re.compile(r"%\}([A-Za-z0-9_-]+)")
SELECTOR_CLASS = re.compile(r"\.(utrecht-[A-Za-z0-9_-]+)")
# Required fields are :invalid before anyone typed a thing; the portal marks errors after a
# submit with aria-invalid="true" (and .utrecht-*--invalid), so only those may look invalid.
INVALID_PSEUDO = re.compile(r":(?:user-)?invalid\b")


class VendorAssetError(Exception):
    """The manifest is malformed or lists a file node_modules does not have."""


def _relative(path, what):
    pure = PurePosixPath(path)
    if not path or pure.is_absolute() or ".." in pure.parts or "\\" in path:
        raise VendorAssetError(f"{what} moet een relatief pad zonder '..' zijn: {path!r}")
    return pure


def _source(value):
    return value["trim_css"] if isinstance(value, dict) else value


def load_manifest(manifest_path):
    """Return ``{target under vendor/: source under node_modules/}`` from the manifest (a trimmed
    stylesheet's value is ``{"trim_css": source, "classes_from": [...]}``)."""
    try:
        data = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise VendorAssetError(f"{manifest_path} is niet te lezen: {exc}") from exc
    if not isinstance(files, dict) or not files:
        raise VendorAssetError(f"{manifest_path}: 'files' moet een niet-lege lijst van paden zijn")
    for target, source in files.items():
        _relative(target, "Doel")
        if isinstance(source, dict):
            globs = source.get("classes_from")
            if not isinstance(globs, list) or not globs or "trim_css" not in source:
                raise VendorAssetError(
                    f"{target}: een ingekort bestand heeft 'trim_css' en 'classes_from' nodig"
                )
            for pattern in globs:
                _relative(pattern, "Patroon")
        _relative(_source(source), "Bron")
    return files


def used_classes(root, patterns):
    """Return (names, prefixes): the utrecht-* classes the files matching ``patterns`` (globs
    under ``root``) write, and the beginnings of the classes they build from a variable."""
    names, prefixes = set(), set()
    for pattern in patterns:
        for path in sorted(Path(root).glob(pattern)):
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            for name, completion, tail in USED_CLASS.findall(text):
                if completion.startswith("{%"):
                    branches = TEMPLATE_BRANCH.findall(completion)
                    names.update(name + branch + tail for branch in branches)
                elif completion:
                    prefixes.add(name)
                elif not name.endswith("-"):
                    names.add(name)
    return names, prefixes


STRING = re.compile(r"""\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'""")
PLACEHOLDER = re.compile(r"\x00(\d+)\x00")


def _split_top_level(text, separator):
    """Split at ``separator`` outside brackets (strings are placeholders by now)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _parse_blocks(css, pos=0):
    """Parse ``css`` from ``pos`` into [(prelude, body)] up to the closing brace of the enclosing
    block; ``body`` is a list for blocks of rules (@media …) and a string for declarations.
    Returns (blocks, position after the closing brace). ``css`` holds no strings (see trim_css)."""
    blocks, start, i = [], pos, pos
    while i < len(css):
        char = css[i]
        if char == ";" and css[start:i].strip().startswith("@"):
            blocks.append((css[start:i].strip(), None))  # @charset, @import, @layer a, b;
            start = i + 1
        elif char == "{":
            prelude = css[start:i].strip()
            if prelude.startswith(("@media", "@supports", "@container", "@layer", "@document")):
                body, i = _parse_blocks(css, i + 1)
            else:
                depth, j = 1, i + 1
                while depth:
                    depth += {"{": 1, "}": -1}.get(css[j], 0)
                    j += 1
                body, i = css[i + 1 : j - 1].strip(), j
            blocks.append((prelude, body))
            start = i
            continue
        elif char == "}":
            return blocks, i + 1
        i += 1
    return blocks, i


def _is_component(name, components):
    return any(name == c or name.startswith((f"{c}--", f"{c}__")) for c in components)


def _selector_is_used(selector, names, prefixes, own):
    if INVALID_PSEUDO.search(selector):
        return False
    # A class under :not() narrows the match; it need not be used for the rule to apply.
    required = SELECTOR_CLASS.findall(re.sub(r":not\((?:[^()]|\([^()]*\))*\)", "", selector))
    return all(
        (name in names or name.startswith(tuple(prefixes))) and not _is_component(name, own)
        for name in required
    )


def _compact(text):
    """Collapse whitespace (the file is read by browsers; strings are placeholders here)."""
    return re.sub(r"\s*([{};,>])\s*", r"\1", re.sub(r"\s+", " ", text)).strip()


def _keep(blocks, names, prefixes, own):
    out = []
    for prelude, body in blocks:
        if body is None:
            if not prelude.startswith("@charset"):
                out.append(f"{prelude};")
        elif isinstance(body, list):
            inner = _keep(body, names, prefixes, own)
            if inner:
                out.append(_compact(prelude) + "{\n" + "\n".join(inner) + "\n}")
        elif prelude.startswith(("@keyframes", "@font-face", "@property", "@page")):
            out.append(_compact(f"{prelude}{{{body}}}"))
        else:
            kept = [
                _compact(s)
                for s in _split_top_level(prelude, ",")
                if _selector_is_used(s, names, prefixes, own)
            ]
            if kept:
                out.append(",".join(kept) + "{" + _compact(body) + "}")
    return out


def trim_css(css, names, prefixes=(), own=()):
    """Return ``css`` with only the rules that can match: a selector stays when every utrecht-*
    class it requires is in ``names`` or starts with one of ``prefixes``, is no part of a
    component in ``own`` (styled by the portal's theme instead), and it does not style :invalid.
    Comments go, except the licence notices; the output depends only on the input."""
    licences = []
    for comment in re.findall(r"/\*.*?\*/", css, flags=re.S):
        if "@license" in comment and comment not in licences:
            licences.append(comment)
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    strings = STRING.findall(css)
    counter = iter(range(len(strings)))
    css = STRING.sub(lambda match: f"\x00{next(counter)}\x00", css)
    blocks, _ = _parse_blocks(css)
    kept = _keep(blocks, names, prefixes, tuple(own))
    keyframes = [k for k in kept if k.startswith("@keyframes")]
    rules = "\n".join(k for k in kept if not k.startswith("@keyframes"))
    for frames in keyframes:  # only the animations a kept rule names
        name = re.match(r"@keyframes\s*([\w-]+)", frames)[1]
        if re.search(rf"animation(?:-name)?\s*:[^;}}]*\b{re.escape(name)}\b", rules):
            rules += "\n" + frames
    rules = PLACEHOLDER.sub(lambda match: strings[int(match[1])], rules)
    header = "\n".join(licences)
    notice = "/* Trimmed by portal/core/vendor_assets.py to the classes the portal uses. */"
    return f'@charset "UTF-8";\n{header}\n{notice}\n{rules}\n'


def copy_vendor_assets(manifest_path, node_modules, destination):
    """Make ``destination`` hold exactly the manifest's files; return their target paths.

    Every source is checked before anything is written, and the new folder replaces the old one
    in one step, so a failed run leaves the previous copy intact and no stale file survives.
    """
    files = load_manifest(manifest_path)
    node_modules = Path(node_modules)
    destination = Path(destination)
    root = Path(manifest_path).resolve().parent
    missing = sorted(
        _source(src) for src in files.values() if not (node_modules / _source(src)).is_file()
    )
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
            if isinstance(source, dict):
                names, prefixes = used_classes(root, source["classes_from"])
                css = (node_modules / source["trim_css"]).read_text(encoding="utf-8")
                own = source.get("styled_by_the_portal", [])
                out.write_text(trim_css(css, names, prefixes, own), encoding="utf-8")
            else:
                shutil.copyfile(node_modules / source, out)
        shutil.rmtree(destination, ignore_errors=True)
        os.replace(staging, destination)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(files)
