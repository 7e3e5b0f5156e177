## PII kinds found in a pseudonym or bio (continues onboarding-pii-* in onboarding.ftl)
onboarding-pii-address = адрес
onboarding-pii-name = имя и фамилию
onboarding-pii-id_document = номер документа
