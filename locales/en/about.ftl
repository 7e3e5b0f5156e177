## The bot's description (setMyDescription / setMyShortDescription)

bot-description =
    “You're Not Alone” — anonymous one-to-one conversations with someone going through something similar: burnout, anxiety, relocation, loneliness, loss.
    Your chat partner only sees your pseudonym. This is peer support, not therapy and not an emergency service: crisis lines are in /help.
    Press “Start” to begin.
bot-description-support = Help with payments and refunds: { $contact }
bot-short-description = Anonymous one-to-one conversations with someone who's been there too.
bot-short-description-support = Anonymous peer support. Payments and refunds: { $contact }
