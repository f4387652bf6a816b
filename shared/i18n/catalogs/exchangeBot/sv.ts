import type { exchangeBotEn } from './en';

export const exchangeBotSv: Record<keyof typeof exchangeBotEn, string> = {
  'exchangeBot.title': 'Personalutbyte',
};
