"""The clinic store in the app: its Preferences page, its templates in the library, signing into it."""
