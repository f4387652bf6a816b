/** English texts of the staff exchange's cards and messages; fi.ts and sv.ts beside it have the same keys. */
export const exchangeBotEn = {
  'exchangeBot.title': 'Staff exchange',
};
