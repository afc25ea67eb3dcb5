"""App-wide modal dialogs: preferences and the kratom cautions (feature dialogs live with their feature)."""
