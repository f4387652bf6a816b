/** Erasing a person from the networks: their join requests, memberships and approval cards. */
import type { EraseStep } from './steps';
import { changed } from './subject';

/** The cards about their requests, and the cards they got as a coordinator (sent to their own chat). */
export const eraseApprovalCards: EraseStep = async (db, s) => {
  let rows = changed(await db.deleteFrom('approval_cards').where('coordinator_person_id', '=', s.person.id).executeTakeFirst());
  if (s.joinRequestIds.length > 0) rows += changed(await db.deleteFrom('approval_cards').where('join_request_id', 'in', s.joinRequestIds).executeTakeFirst());
  return rows;
};

export const eraseMemberships: EraseStep = async (db, s) => changed(await db.deleteFrom('memberships').where('person_id', '=', s.person.id).executeTakeFirst());

/** Their own requests go; on others' requests they decided as a coordinator, only their name as the decider. */
export const eraseJoinRequests: EraseStep = async (db, s) =>
  changed(await db.deleteFrom('join_requests').where('person_id', '=', s.person.id).executeTakeFirst()) +
  changed(await db.updateTable('join_requests').set({ decided_by: null }).where('decided_by', '=', s.person.id).executeTakeFirst());
