/** English texts of personal data (export and erasure); fi.ts and sv.ts beside it have the same keys. */
export const privacyEn = {
  'privacy.notAllowed': "Only the person themselves, or Kollega's administrators at their request, can download or erase a person's data. Nothing was changed.",
  'privacy.fileName': 'kollega-my-data',
} as const;
