/** A text in Finnish, Swedish and English as a form holds it: empty to start with, trimmed when sent. */
import type { LocalizedText } from './resourceTypes';

export const emptyLocalized = (): LocalizedText => ({ fi: '', sv: '', en: '' });

export const trimmed = (text: LocalizedText): LocalizedText => ({ fi: text.fi.trim(), sv: text.sv.trim(), en: text.en.trim() });
