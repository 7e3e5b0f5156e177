## PII kinds found in a pseudonym or bio (continues onboarding-pii-* in onboarding.ftl)
onboarding-pii-address = an address
onboarding-pii-name = a full name
onboarding-pii-id_document = a document number
