"""Modal dialogs: template picker, preferences, export, acknowledgement, kratom cautions, recovery."""
