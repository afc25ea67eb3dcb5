"""Plan and template files, migrations, atomic saves, autosave recovery, preferences and folders."""
