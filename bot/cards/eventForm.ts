/**
 * A coordinator's form to plan an event or change one: the network and kind (when new), titles and
 * descriptions in Finnish and Swedish (English optional), date and times in Finnish time, seats, a deadline for
 * answers, and a Teams meeting link when Kollega cannot make the meeting itself. Shown again with its values and
 * what was wrong, when something was. Changing an event also offers to cancel it.
 */
import { eventKinds, type EventKind } from '../../shared/domain/events';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import template from './eventForm.card.json';

/** The form's fields as text, as the card sends them back. */
export interface EventFormValues {
  titleFi: string;
  titleSv: string;
  titleEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  capacity: string;
  deadlineDate: string;
  deadlineTime: string;
  joinUrl: string;
}

export const emptyEventForm: EventFormValues = {
  titleFi: '', titleSv: '', titleEn: '', descriptionFi: '', descriptionSv: '', descriptionEn: '',
  startDate: '', startTime: '', endDate: '', endTime: '', capacity: '', deadlineDate: '', deadlineTime: '', joinUrl: '',
};

export type EventFormTarget =
  | { creating: true; networks: ReadonlyArray<{ id: string; name: string }>; networkId?: string; kind?: EventKind }
  | { creating: false; eventId: string; title: string };

export interface EventFormInput {
  lang: Language;
  target: EventFormTarget;
  values: EventFormValues;
  problems?: readonly string[];
  /** Without Graph a meeting link is asked for; with it, Kollega makes the meeting. */
  askLink: boolean;
}

export function eventFormCard({ lang, target, values, problems = [], askLink }: EventFormInput): AdaptiveCard {
  const t = translator(lang);
  const label = (key: Parameters<typeof t>[0]) => t(key);
  return renderCard(template, {
    problems: problems.map((text) => ({ text })),
    heading: target.creating ? t('event.form.new') : t('event.form.change', { title: target.title }),
    creating: target.creating,
    networkId: target.creating ? (target.networkId ?? target.networks[0]?.id ?? '') : '',
    networks: target.creating ? target.networks.map((n) => ({ title: n.name, value: n.id })) : [],
    kind: target.creating ? (target.kind ?? 'bookCoffee') : '',
    kinds: eventKinds.map((value) => ({ title: t(`event.kind.${value}`), value })),
    values,
    askLink,
    labels: {
      network: label('event.form.network'),
      kind: label('event.form.kind'),
      titleFi: label('event.form.titleFi'),
      titleSv: label('event.form.titleSv'),
      titleEn: label('event.form.titleEn'),
      descriptionFi: label('event.form.descriptionFi'),
      descriptionSv: label('event.form.descriptionSv'),
      descriptionEn: label('event.form.descriptionEn'),
      startDate: label('event.form.startDate'),
      startTime: label('event.form.startTime'),
      endDate: label('event.form.endDate'),
      endTime: label('event.form.endTime'),
      capacity: label('event.form.capacity'),
      deadlineDate: label('event.form.deadlineDate'),
      deadlineTime: label('event.form.deadlineTime'),
      joinUrl: label('event.form.joinUrl'),
      required: label('event.form.required'),
      submit: target.creating ? label('event.form.create') : label('event.form.save'),
      cancelReason: label('events.cancelReason'),
      cancelConfirm: label('events.cancelConfirm'),
    },
    verb: target.creating ? 'createEvent' : 'changeEvent',
    // The inputs' values join this data when the button is pressed (networkId, kind, the fields).
    submitData: target.creating ? { action: 'createEvent' } : { action: 'changeEvent', eventId: target.eventId },
    cancelTitle: target.creating ? '' : label('events.cancel'),
    cancelData: target.creating ? {} : actionData({ action: 'cancelEvent', eventId: target.eventId }),
  });
}
