"""Read back what a rendered form would send, so a test can re-post an edit form unchanged.

``rendered_form_data(html, containing="title")`` returns the values of the first POST form that
has a field named ``title``, the way a browser would submit it: text inputs, checked checkboxes
and radios, selected options (the first option when none is selected) and textareas. Values are
lists where a name occurs more than once, ready for ``client.post(url, data)``.
"""

from html.parser import HTMLParser

SKIPPED_TYPES = {"submit", "button", "reset", "image", "file"}


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []  # (attrs, [(name, value), ...])
        self._fields = None
        self._select = None  # [name, multiple, options, selected]
        self._option = None  # [value or None, text, selected]
        self._textarea = None  # [name, text]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._fields = []
            self.forms.append((attrs, self._fields))
        elif self._fields is None or "disabled" in attrs:
            return
        elif tag == "input" and attrs.get("name"):
            kind = (attrs.get("type") or "text").lower()
            if kind in SKIPPED_TYPES:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self._fields.append((attrs["name"], attrs.get("value", "on")))
                return
            self._fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "select" and attrs.get("name"):
            self._select = [attrs["name"], "multiple" in attrs, [], []]
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "", "selected" in attrs]
        elif tag == "textarea" and attrs.get("name"):
            self._textarea = [attrs["name"], ""]

    def handle_data(self, data):
        if self._option is not None:
            self._option[1] += data
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag in {"option", "select"} and self._option is not None:
            value, text, selected = self._option
            value = text.strip() if value is None else value
            self._select[2].append(value)
            if selected:
                self._select[3].append(value)
            self._option = None
        if tag == "select" and self._select is not None:
            name, multiple, options, selected = self._select
            if not selected and not multiple and options:
                selected = options[:1]
            self._fields.extend((name, value) for value in selected)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # Browsers drop the newline that directly follows <textarea>.
            self._fields.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None
        elif tag == "form":
            self._fields = None


def rendered_form_data(html, containing=None):
    parser = _FormParser()
    parser.feed(html)
    for attrs, fields in parser.forms:
        names = [name for name, _value in fields]
        if (attrs.get("method") or "get").lower() != "post":
            continue
        if containing and containing not in names:
            continue
        data = {}
        for name, value in fields:
            data.setdefault(name, []).append(value)
        return {name: values[0] if len(values) == 1 else values for name, values in data.items()}
    raise AssertionError(f"No POST form with a field {containing!r} in the page")
