/**
 * A Graph suite's setting: the emulator for the whole file, nothing allowed off loopback, and at the end the
 * checks every Graph suite makes: no refused or unknown call, and every recorded request one that the official
 * v1.0 metadata describes.
 */
import { GraphError } from '../../shared/graph';
import { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from '../fixtures/graphEmulator';
import { refusedUrls } from '../fixtures/graph/loopbackHttps';
import { metadataProblems } from '../support/graphMetadata';
import { guardLoopback } from './loopbackGuard';

/** `options` is read when the suite starts, so it may name things an earlier beforeAll started. */
export function useEmulatedGraph(options: () => GraphEmulatorOptions = () => ({})): { readonly emulator: GraphEmulator; readonly guard: ReturnType<typeof guardLoopback> } {
  let emulator: GraphEmulator | undefined;
  let guard: ReturnType<typeof guardLoopback>;

  beforeAll(async () => {
    guard = guardLoopback();
    emulator = await startGraphEmulator(options());
  });

  afterAll(async () => {
    await emulator?.close();
    guard?.restore();
  });

  afterAll(() => {
    expect(emulator!.failures).toEqual([]);
    expect(guard.attempts).toEqual([]);
    expect(refusedUrls).toEqual([]);
    const problems = metadataProblems(emulator!.requests);
    expect(problems).toEqual([]);
  });

  return {
    get emulator() {
      if (!emulator) throw new Error('The Graph emulator is only there inside the suite');
      return emulator;
    },
    get guard() {
      return guard;
    },
  };
}

/** The GraphError a call rejects with (the test fails if it resolves or throws anything else). */
export async function caught(promise: Promise<unknown>): Promise<GraphError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphError);
  return error as GraphError;
}
