import type { exchangeBotEn } from './en';

export const exchangeBotFi: Record<keyof typeof exchangeBotEn, string> = {
  'exchangeBot.title': 'Työntekijävaihto',
};
