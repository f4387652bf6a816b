/**
 * Staff-exchange applications in the tab's API: the caller's own and those waiting for them; writing a draft and
 * sending it; each party's step; the guest's actual costs. The service decides and audits; a refusal answers in
 * the caller's language and changes nothing.
 */
import { takeStep, writeApplication, type StepInput } from '../../shared/services/exchange';
import { exchangeView, myExchanges } from '../../shared/services/exchangeViews';
import { byId, readRequest, serviceContext as context } from './request';
import { z } from 'zod';
import { costsBody, planInvalid, planOf, stepBody, stepRefused, writeBody } from './exchangeInput';
import { notFound } from './errors';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

async function answerWithView(request: ApiRequest, services: ApiServices, id: string, status: number): Promise<ApiResponse> {
  const ctx = context(services);
  return { status, body: { application: await exchangeView(ctx.db, request.caller!, id, ctx.now) } };
}

export const myExchangesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/exchange/applications',
  async handle(request, services) {
    const input = readRequest(request, z.object({}), z.unknown());
    if (!input.ok) return input.answer;
    const ctx = context(services);
    return { status: 200, body: { applications: await myExchanges(ctx.db, request.caller!, ctx.now) } };
  },
};

export const getExchangeRoute: ApiRoute = {
  method: 'GET',
  path: '/api/exchange/applications/:id',
  async handle(request, services) {
    const input = readRequest(request, byId, z.unknown());
    if (!input.ok) return input.answer;
    const ctx = context(services);
    const view = await exchangeView(ctx.db, request.caller!, input.params.id, ctx.now);
    return view ? { status: 200, body: { application: view } } : notFound(request.lang);
  },
};

async function write(request: ApiRequest, services: ApiServices, applicationId: string | undefined): Promise<ApiResponse> {
  const lang = request.lang;
  const input = readRequest(request, applicationId ? byId : z.object({}), writeBody);
  if (!input.ok) return input.answer;
  const b = input.body;
  const result = await writeApplication(context(services), { actor: request.caller!, applicationId, version: b.version, plan: planOf(b.plan), submit: b.submit });
  if (result.outcome === 'unknown') return notFound(lang);
  if (result.outcome === 'invalid') return planInvalid(lang, result.errors, result.gaps);
  if (result.outcome === 'refused') return stepRefused(lang, result.refusal);
  if (result.outcome === 'submitted') services.outbox.kick();
  return answerWithView(request, services, result.application.id, applicationId ? 200 : 201);
}

export const createExchangeRoute: ApiRoute = {
  method: 'POST',
  path: '/api/exchange/applications',
  handle: (request, services) => write(request, services, undefined),
};

export const updateExchangeRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/exchange/applications/:id',
  handle: (request, services) => write(request, services, String(request.params.id ?? '')),
};

async function step(request: ApiRequest, services: ApiServices, id: string, event: StepInput, extra: { recordingFor?: 'supervisor' | 'host'; version?: number }): Promise<ApiResponse> {
  const result = await takeStep(context(services), { actor: request.caller!, applicationId: id, event, ...extra });
  if (result.outcome === 'unknown') return notFound(request.lang);
  if (result.outcome === 'refused') return stepRefused(request.lang, result.refusal);
  services.outbox.kick();
  return answerWithView(request, services, id, 200);
}

export const exchangeStepRoute: ApiRoute = {
  method: 'POST',
  path: '/api/exchange/applications/:id/steps',
  async handle(request, services) {
    const input = readRequest(request, byId, stepBody);
    if (!input.ok) return input.answer;
    const b = input.body;
    const event: StepInput =
      b.step === 'requestChanges' || b.step === 'decline' ? { type: b.step, reason: b.reason }
      : b.step === 'acceptAsHost' ? { type: 'acceptAsHost', mentorName: b.mentorName, mentorEmail: b.mentorEmail ?? null }
      : b.step === 'approveCosts' ? { type: 'approveCosts', grantedCents: b.grantedCents }
      : { type: b.step };
    return step(request, services, input.params.id, event, { recordingFor: 'recordingFor' in b ? b.recordingFor : undefined, version: b.version });
  },
};

export const exchangeCostsRoute: ApiRoute = {
  method: 'POST',
  path: '/api/exchange/applications/:id/costs',
  async handle(request, services) {
    const input = readRequest(request, byId, costsBody);
    if (!input.ok) return input.answer;
    return step(request, services, input.params.id, { type: 'fileCosts', travelCents: input.body.travelCents, stayCents: input.body.stayCents }, {});
  },
};
