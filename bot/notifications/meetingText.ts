/** The text of a Teams meeting's calendar invitation, from texts in several languages (an event's or a group's). */

/** The subject: each language's text once, e.g. "Kirjakahvit | Bokkaffe". */
export function invitationSubject(texts: readonly string[]): string {
  return distinct(texts).join(' | ');
}

/** The body: each language's text once, as an escaped paragraph with its line breaks. */
export function invitationBodyHtml(texts: readonly string[]): string {
  return distinct(texts).map((d) => `<p>${escapeHtml(d).replace(/\r?\n/g, '<br>')}</p>`).join('');
}

function distinct(texts: readonly string[]): string[] {
  return [...new Set(texts.map((t) => t.trim()).filter(Boolean))];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
