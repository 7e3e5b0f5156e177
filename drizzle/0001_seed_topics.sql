-- Topic catalogue (ru + en). Moderators can edit it later from /admin; re-running is harmless.
INSERT INTO "topics" ("slug", "name_ru", "name_en", "emoji", "sort") VALUES
  ('burnout', 'Выгорание', 'Burnout', '🔥', 10),
  ('relocation', 'Переезд и эмиграция', 'Relocation & emigration', '🧳', 20),
  ('loss', 'Утрата близкого', 'Loss of a loved one', '🕯', 30),
  ('breakup', 'Расставание и развод', 'Breakup & divorce', '💔', 40),
  ('loneliness', 'Одиночество', 'Loneliness', '🌙', 50),
  ('anxiety', 'Тревога', 'Anxiety', '🌀', 60),
  ('job_loss', 'Потеря работы', 'Job loss', '💼', 70),
  ('parenting', 'Родительство', 'Parenting', '🧸', 80),
  ('illness', 'Болезнь (своя или близких)', 'Illness (own or a loved one''s)', '🩺', 90),
  ('caregiving', 'Уход за близким', 'Caring for a relative', '🤲', 100),
  ('study_stress', 'Учёба и экзамены', 'Study & exam stress', '📚', 110),
  ('family_conflict', 'Конфликты в семье', 'Family conflict', '🏠', 120),
  ('self_esteem', 'Самооценка', 'Self-esteem', '🪞', 130),
  ('addiction_recovery', 'Восстановление после зависимости', 'Addiction recovery', '🌱', 140)
ON CONFLICT ("slug") DO NOTHING;
