"""Plain-text mails are not HTML-escaped; control and bidi characters never reach a mail."""

from portal.core.mail import render_notification
from portal.core.text import strip_control_characters
from tests.vacatures.factories import OrganisationFactory, VacancyFactory


def vacancy(**fields):
    return VacancyFactory.build(
        organisation=OrganisationFactory.build(name="Peper & Kruid"), **fields
    )


def test_text_body_and_subject_are_not_html_escaped_but_the_html_is():
    subject, text, html = render_notification(
        "vacatures/mail/submitted_staff", {"vacancy": vacancy(title="Soep & <Brood>")}
    )
    assert subject == 'Nieuwe vacature van Peper & Kruid: "Soep & <Brood>"'
    assert "Peper & Kruid heeft een vacature ingediend" in text
    assert '"Soep & <Brood>"' in text
    assert "&amp;" not in text + subject and "&lt;" not in text + subject
    assert "Peper &amp; Kruid" in html
    assert "Soep &amp; &lt;Brood&gt;" in html


def test_subject_and_body_lose_control_and_bidi_characters():
    subject, text, html = render_notification(
        "vacatures/mail/submitted_staff", {"vacancy": vacancy(title="\u202eevil\x07\u200b")}
    )
    assert subject == 'Nieuwe vacature van Peper & Kruid: "evil"'
    for character in ("\u202e", "\x07", "\u200b"):
        assert character not in subject
        assert character not in text
        assert character not in html
    assert "\n" in text  # line breaks of the text body stay


def test_strip_control_characters():
    assert strip_control_characters("\u202eevil\x07") == "evil"
    assert strip_control_characters("a\u200bb\u2066c\x1b[31m") == "abc[31m"
    assert strip_control_characters("regel 1\nregel 2\tx\r") == "regel 1\nregel 2\tx"
    assert strip_control_characters("a\nb\tc", keep="") == "abc"
    assert strip_control_characters("Peper & Kruid – café 😀") == "Peper & Kruid – café 😀"


def test_allauth_text_mails_are_not_escaped(client, db, django_capture_on_commit_callbacks):
    """allauth's own .txt templates (the portal overrides none) render with autoescape off."""
    from django.core import mail

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/account/signup/",
            {
                "email": "peper&kruid@example.nl",
                "password1": "Sterk-wachtwoord-2026",
                "password2": "Sterk-wachtwoord-2026",
            },
        )
    assert len(mail.outbox) == 1
    assert "peper&kruid@example.nl" in mail.outbox[0].body
    assert "&amp;" not in mail.outbox[0].body + mail.outbox[0].subject
