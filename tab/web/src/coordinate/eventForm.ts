/** The event form's values: empty for a new event, or read from an event being changed. */
import type { EventKind, EventPlan, EventView } from '../../../../shared/api/tabContract';
import { helsinkiFields } from './helsinkiTime';

export type EventFormValues = Required<EventPlan> & { kind: EventKind };

export const eventKinds: EventKind[] = ['bookCoffee', 'ideaCoffee', 'networkDay', 'other'];

export function emptyEventForm(): EventFormValues {
  return {
    kind: 'bookCoffee',
    titleFi: '',
    titleSv: '',
    titleEn: '',
    descriptionFi: '',
    descriptionSv: '',
    descriptionEn: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    capacity: '',
    deadlineDate: '',
    deadlineTime: '',
    joinUrl: '',
  };
}

export function eventFormOf(event: EventView): EventFormValues {
  const start = helsinkiFields(event.startsAt);
  const end = helsinkiFields(event.endsAt);
  const deadline = event.rsvpDeadline ? helsinkiFields(event.rsvpDeadline) : null;
  return {
    kind: event.kind,
    titleFi: event.title.fi,
    titleSv: event.title.sv,
    titleEn: event.title.en ?? '',
    descriptionFi: event.description.fi,
    descriptionSv: event.description.sv,
    descriptionEn: event.description.en ?? '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date === start.date ? '' : end.date,
    endTime: end.time,
    capacity: event.capacity === null ? '' : String(event.capacity),
    deadlineDate: deadline?.date ?? '',
    deadlineTime: deadline?.time ?? '',
    joinUrl: event.meeting.joinUrl ?? '',
  };
}

/** The plan as the API takes it: texts trimmed; empty optional fields left out. */
export function planOf(values: EventFormValues): EventPlan {
  const { kind: _kind, ...fields } = values;
  const trimmed = Object.entries(fields).map(([name, value]) => [name, value.trim()] as const);
  return Object.fromEntries(trimmed.filter(([, value]) => value !== '')) as unknown as EventPlan;
}
