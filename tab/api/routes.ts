/** Every route of the tab's API, in one list the HTTP server mounts. */
import { listNetworksRoute, listRegionsRoute } from './catalog';
import { addContributionRoute, answerEventRoute, cancelEventRoute, changeEventRoute, createEventRoute } from './eventActions';
import { eventIcsRoute, getEventRoute, listContributionsRoute, listEventsRoute } from './events';
import { createExchangeRoute, exchangeCostsRoute, exchangeStepRoute, getExchangeRoute, myExchangesRoute, updateExchangeRoute } from './exchange';
import { exchangeFeedbackRoute, exchangeStoriesRoute, exchangeStoryRoute } from './exchangeAfter';
import { exchangeBudgetRoute, exchangeOverviewCsvRoute, exchangeOverviewRoute } from './exchangeCoordinator';
import { librariesRoute } from './exchangeDirectory';
import { attendeesCsvRoute, attendeesRoute, membersCsvRoute } from './exports';
import { decisionRoute, joinRoute, leaveRoute, myNetworksRoute, withdrawRoute } from './joining';
import {
  applyRoute, cancelMeetingRoute, createGroupRoute, decideApplicationRoute, moveMeetingRoute, openSeasonRoute, planSeriesRoute, withdrawApplicationRoute,
} from './mentoring';
import { recordMeetingRoute, seasonReportCsvRoute, seasonReportRoute } from './mentoringReport';
import { addByEmailRoute, findPeopleRoute, placeInGroupRoute } from './mentoringPeople';
import { mentoringRoute } from './mentoringViews';
import { addThemeRoute, askQuestionRoute, feedbackRoute, listQuestionsRoute, listThemesRoute, meetingThemeRoute, voteRoute } from './mentoringVoices';
import { addGameRoute, bookGameRoute, bookingStepRoute, changeGameRoute, gamesRoute } from './games';
import { listJoinRequestsRoute, listMembersRoute } from './networkAdmin';
import { addGuideRoute, challengesRoute, changeGuideRoute, guidesRoute, removeGuideRoute, writeChallengeRoute } from './networkTexts';
import { eraseMyDataRoute, erasePersonDataRoute, myDataRoute, personDataRoute } from './personalData';
import { devPeopleRoute, devSignInRoute, meRoute, sessionRoute } from './session';
import type { ApiRoute } from './types';

export const apiRoutes: readonly ApiRoute[] = [
  sessionRoute,
  devPeopleRoute,
  devSignInRoute,
  meRoute,
  myNetworksRoute,
  joinRoute,
  leaveRoute,
  withdrawRoute,
  decisionRoute,
  membersCsvRoute,
  attendeesRoute,
  attendeesCsvRoute,
  listRegionsRoute,
  listNetworksRoute,
  listMembersRoute,
  listJoinRequestsRoute,
  listEventsRoute,
  getEventRoute,
  listContributionsRoute,
  eventIcsRoute,
  createEventRoute,
  changeEventRoute,
  cancelEventRoute,
  answerEventRoute,
  addContributionRoute,
  mentoringRoute,
  openSeasonRoute,
  createGroupRoute,
  placeInGroupRoute,
  addByEmailRoute,
  findPeopleRoute,
  applyRoute,
  decideApplicationRoute,
  withdrawApplicationRoute,
  planSeriesRoute,
  moveMeetingRoute,
  cancelMeetingRoute,
  listThemesRoute,
  addThemeRoute,
  voteRoute,
  meetingThemeRoute,
  askQuestionRoute,
  listQuestionsRoute,
  feedbackRoute,
  recordMeetingRoute,
  seasonReportRoute,
  seasonReportCsvRoute,
  librariesRoute,
  myExchangesRoute,
  createExchangeRoute,
  getExchangeRoute,
  updateExchangeRoute,
  exchangeStepRoute,
  exchangeCostsRoute,
  exchangeFeedbackRoute,
  exchangeStoryRoute,
  exchangeStoriesRoute,
  exchangeOverviewRoute,
  exchangeOverviewCsvRoute,
  exchangeBudgetRoute,
  gamesRoute,
  addGameRoute,
  changeGameRoute,
  bookGameRoute,
  bookingStepRoute,
  challengesRoute,
  writeChallengeRoute,
  guidesRoute,
  addGuideRoute,
  changeGuideRoute,
  removeGuideRoute,
  myDataRoute,
  eraseMyDataRoute,
  personDataRoute,
  erasePersonDataRoute,
];
