"""The learner's hands: ``show(id)`` renders an exercise; ArticleView, progress, export and import widgets.

Everything a notebook cell calls returns a widget and never raises: problems become a German message.
"""

from __future__ import annotations

from medialit.widgets.article_view import ArticleView, article_view
from medialit.widgets.common import ExerciseWidget, MessageWidget, message_on_error
from medialit.widgets.progress import (
    ExportWidget,
    ImportWidget,
    ProgressOverview,
    export_widget,
    import_widget,
    progress_overview,
)

WIDGETS: dict[str, str] = {
    "choice": "medialit.widgets.choice:ChoiceWidget",
    "mark": "medialit.widgets.mark:MarkWidget",
    "sort": "medialit.widgets.sort:SortWidget",
    "scale": "medialit.widgets.scale:ScaleWidget",
    "reflect": "medialit.widgets.reflect:ReflectWidget",
    "compare": "medialit.widgets.compare:CompareWidget",
}


def widget_class(exercise_type: str) -> type[ExerciseWidget]:
    from importlib import import_module

    module, _, name = WIDGETS[exercise_type].partition(":")
    return getattr(import_module(module), name)


@message_on_error
def show(exercise_id: str, article=None, store=None, **options):
    """The widget of exercise ``exercise_id`` (for ``auto-…`` ids: generated for ``article``).

    Restores the learner's latest stored answer; any problem becomes a friendly German message widget.
    """
    from medialit.exercises import get_exercise
    from medialit.store import default_store

    exercise = get_exercise(exercise_id, article)
    store = store if store is not None else default_store()
    return widget_class(exercise.type)(exercise, store, **options)


__all__ = ["ArticleView", "ExerciseWidget", "ExportWidget", "ImportWidget", "MessageWidget", "ProgressOverview",
           "article_view", "export_widget", "import_widget", "progress_overview", "show", "widget_class"]
