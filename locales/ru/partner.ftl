## Partner profile shown in the proposal and at the start of a chat

# The partner's "about me" line; the text is theirs, already checked for contacts when saved.
partner-about = О себе: { $bio }
