"""Every field type names an editor the window has (desktop/ui/fields.py EDITORS)."""

from desktop.domain.fieldtypes import FIELD_TYPES
from desktop.ui.fields import EDITORS


def test_every_type_has_an_editor():
    missing = {name: t.editor for name, t in FIELD_TYPES.items() if t.editor not in EDITORS}
    assert not missing
